using System.Diagnostics;
using HuiShang.LocalInfrastructure;
using HuiShang.LocalInfrastructure.Postgres;
using HuiShang.LocalInfrastructure.RabbitMq;

namespace HuiShang.AppHost;

/// <summary>The private RabbitMQ (always) and PostgreSQL (with --postgres) of a local run.</summary>
public sealed class Infrastructure(RabbitMqServer rabbit, RabbitMqServerOptions rabbitOptions, PostgresServer? postgres) : IAsyncDisposable
{
    private const int DefaultAmqpPort = 5672;

    public RabbitMqServer Rabbit { get; private set; } = rabbit;

    /// <summary>Stops the broker, as an outage would (fault tests); <see cref="StartBrokerAsync"/> brings it back.</summary>
    public Task StopBrokerAsync() => Rabbit.StopAsync();

    /// <summary>Starts the broker again on the same AMQP port, node name and data, so durable queues survive.</summary>
    public async Task StartBrokerAsync(CancellationToken cancellationToken) =>
        Rabbit = await RabbitMqServer.StartAsync(rabbitOptions with { AmqpPort = Rabbit.AmqpPort }, cancellationToken);

    public PostgresServer? Postgres { get; } = postgres;

    public static async Task<Infrastructure> StartAsync(AppHostOptions options, RepositoryLayout layout, CancellationToken cancellationToken)
    {
        await EnsureInstalledAsync(layout, options.Postgres, cancellationToken);
        Log.AppHost("starting RabbitMQ");
        var rabbitOptions = new RabbitMqServerOptions
        {
            RunDirectory = Path.Combine(options.RunDirectory, "rabbitmq"),
            NodeName = "huishang@localhost",
            AmqpPort = options.FreePorts || !PortIsFree(DefaultAmqpPort) ? 0 : DefaultAmqpPort,
            Output = Log.Line,
        };
        var rabbit = await RabbitMqServer.StartAsync(rabbitOptions, cancellationToken);
        if (!options.Postgres)
        {
            return new Infrastructure(rabbit, rabbitOptions, null);
        }

        try
        {
            Log.AppHost("starting PostgreSQL");
            var postgres = await PostgresServer.StartAsync(new PostgresServerOptions { RunDirectory = Path.Combine(options.RunDirectory, "postgres"), Output = Log.Line }, cancellationToken);
            return new Infrastructure(rabbit, rabbitOptions, postgres);
        }
        catch
        {
            await rabbit.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Postgres is not null)
        {
            await Postgres.DisposeAsync();
        }

        await Rabbit.DisposeAsync();
    }

    /// <summary>The README promises the platform command installs rabbitmq-server when it is missing.</summary>
    private static async Task EnsureInstalledAsync(RepositoryLayout layout, bool postgres, CancellationToken cancellationToken)
    {
        var missing = !File.Exists("/usr/lib/rabbitmq/bin/rabbitmq-server") || (postgres && !Directory.Exists("/usr/lib/postgresql"));
        if (!missing)
        {
            return;
        }

        Log.AppHost($"infrastructure packages missing: running {layout.InstallScript}");
        string[] packages = postgres ? ["rabbitmq-server", "postgresql"] : ["rabbitmq-server"];
        var install = Process.Start(new ProcessStartInfo("bash", [layout.InstallScript, .. packages]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("Could not start " + layout.InstallScript);
        await install.WaitForExitAsync(cancellationToken);
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException($"{layout.InstallScript} failed with exit code {install.ExitCode} (it needs root for apt-get).");
        }
    }

    private static bool PortIsFree(int port)
    {
        try
        {
            using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }
}
