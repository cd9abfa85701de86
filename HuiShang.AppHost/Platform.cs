using HuiShang.Contracts;

namespace HuiShang.AppHost;

/// <summary>
/// The whole local platform: infrastructure, then each host migrated and started in order, then
/// readiness. Disposing stops the hosts (gateway first) and then the infrastructure.
/// </summary>
public sealed class Platform(RepositoryLayout layout, AppHostOptions options) : IAsyncDisposable
{
    private static readonly TimeSpan ReadinessTimeout = TimeSpan.FromMinutes(2);

    private readonly List<HostProcess> _hosts = [];
    private Infrastructure? _infrastructure;

    public IReadOnlyList<HostDefinition> Hosts { get; } = HostDefinition.All(options.FreePorts);

    public Infrastructure Infrastructure => _infrastructure ?? throw new InvalidOperationException("The platform is not started.");

    public HostDefinition Gateway => Hosts.Single(h => h.IsGateway);

    /// <summary>SIGKILL a host's process tree, as a crash would (fault tests).</summary>
    public void Kill(string name) => Running(name).Process.Kill();

    /// <summary>Starts a host again with the same assembly and configuration, and waits until it is ready.</summary>
    public async Task RestartAsync(string name, CancellationToken cancellationToken)
    {
        var old = Running(name);
        await old.DisposeAsync();
        var restarted = HostProcess.Start(old.Host, old.Assembly, old.Environment);
        _hosts[_hosts.IndexOf(old)] = restarted;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await restarted.WaitReadyAsync(http, ReadinessTimeout, cancellationToken);
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.Combine(options.RunDirectory, "data"));
        _infrastructure = await Infrastructure.StartAsync(options, layout, cancellationToken);
        var environment = await CreateEnvironmentAsync(cancellationToken);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        foreach (var host in Hosts)
        {
            var assembly = layout.Assembly(host);
            var env = environment.For(host);
            if (host.HasDatabase)
            {
                Log.AppHost($"migrating {host.Name}");
                await HostProcess.MigrateAsync(host, assembly, env, cancellationToken);
            }

            _hosts.Add(HostProcess.Start(host, assembly, env));
        }

        Log.AppHost("waiting for every host to be ready");
        await Task.WhenAll(_hosts.Select(h => h.WaitReadyAsync(http, ReadinessTimeout, cancellationToken)));
    }

    public void PrintEndpoints()
    {
        var gateway = Hosts.Single(h => h.IsGateway);
        Log.AppHost("HuiShang is running. Ctrl+C stops everything.");
        Log.AppHost($"  gateway        http://127.0.0.1:{gateway.HttpPort}   (OpenAPI: /openapi/v1.json)");
        foreach (var host in Hosts.Where(h => !h.IsGateway))
        {
            Log.AppHost($"  {host.Name,-14} gRPC http://127.0.0.1:{host.GrpcPort}   health http://127.0.0.1:{host.HttpPort}/health/ready");
        }

        Log.AppHost($"  rabbitmq       {Infrastructure.Rabbit.ConnectionString}");
        if (Infrastructure.Postgres is { } postgres)
        {
            Log.AppHost($"  postgresql     {postgres.ConnectionString()}");
        }

        Log.AppHost($"  data           {options.RunDirectory}");
    }

    public async ValueTask DisposeAsync()
    {
        // Reverse order: the gateway goes first, so nothing new arrives while services stop.
        for (var i = _hosts.Count - 1; i >= 0; i--)
        {
            Log.AppHost($"stopping {_hosts[i].Host.Name}");
            await _hosts[i].DisposeAsync();
        }

        if (_infrastructure is not null)
        {
            Log.AppHost("stopping infrastructure");
            await _infrastructure.DisposeAsync();
        }
    }

    private HostProcess Running(string name) => _hosts.Single(h => h.Host.Name == name);

    private async Task<PlatformEnvironment> CreateEnvironmentAsync(CancellationToken cancellationToken)
    {
        var postgres = Infrastructure.Postgres;
        if (postgres is not null)
        {
            foreach (var service in Resources.Services)
            {
                await postgres.CreateDatabaseAsync(service.Name, cancellationToken);
            }
        }

        Func<string, string> database = postgres is null
            ? service => $"Data Source={Path.Combine(options.RunDirectory, "data", service + ".db")}"
            : service => postgres.ConnectionString(service);
        return new PlatformEnvironment(Hosts, Infrastructure.Rabbit.ConnectionString, database, postgres is null ? "sqlite" : "postgres", SigningKey.LoadOrCreate(options.RunDirectory), options.Environment);
    }
}
