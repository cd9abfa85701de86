using System.Diagnostics;
using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HuiShang.Hosting;

/// <summary>A private PostgreSQL cluster, its one-time initdb and the step creating the databases.</summary>
public sealed record LocalPostgres(
    IResourceBuilder<ExecutableResource> InitDb,
    IResourceBuilder<ExecutableResource> Server,
    IResourceBuilder<ExecutableResource> CreateDatabases,
    EndpointReference Tcp)
{
    public ReferenceExpression ConnectionString(string database) =>
        ReferenceExpression.Create($"Host=127.0.0.1;Port={Tcp.Property(EndpointProperty.Port)};Username=postgres;Database={database}");
}

public static class LocalPostgresExtensions
{
    public const string BinDirectory = "/usr/lib/postgresql/15/bin";

    /// <summary>
    /// "{name}-initdb" (run once; skipped when the cluster exists), "{name}" (the server on a
    /// DCP-allocated port, loopback only, healthy when pg_isready answers) and "{name}-createdb"
    /// (creates the missing <paramref name="databases"/>). initdb and postgres refuse to run as
    /// root: both run as the postgres user through setpriv, which execs, so DCP owns postgres
    /// itself. <paramref name="dataDirectory"/> and its parents must be traversable by that user.
    /// </summary>
    public static LocalPostgres AddLocalPostgres(this IDistributedApplicationBuilder builder, string name, string dataDirectory, params string[] databases)
    {
        var root = Path.GetFullPath(dataDirectory);
        var data = Path.Combine(root, "data");
        var sockets = Path.Combine(root, "sockets");
        Directory.CreateDirectory(root);

        var initdb = builder.AddExecutable($"{name}-initdb", "/bin/sh", root, "-c",
            $"set -e; mkdir -p '{data}' '{sockets}'; chown postgres:postgres '{root}' '{data}' '{sockets}'; chmod 700 '{data}'; " +
            $"if [ -f '{data}/PG_VERSION' ]; then echo 'cluster exists'; exit 0; fi; " +
            $"exec setpriv --reuid=postgres --regid=postgres --init-groups -- {BinDirectory}/initdb -D '{data}' -U postgres --auth=trust --encoding=UTF8 --no-sync");

        var server = builder.AddExecutable(name, "setpriv", root)
            .WithEndpoint(name: "tcp", scheme: "tcp")
            .WithArgs(context =>
            {
                var endpoint = ((IResourceWithEndpoints)context.Resource).GetEndpoint("tcp");
                foreach (var arg in new[] { "--reuid=postgres", "--regid=postgres", "--init-groups", "--", $"{BinDirectory}/postgres",
                             "-D", data, "-c", "listen_addresses=127.0.0.1", "-k", sockets, "-p" })
                {
                    context.Args.Add(arg);
                }

                context.Args.Add(endpoint.Property(EndpointProperty.TargetPort));
            })
            .WaitForCompletion(initdb);
        var tcp = server.GetEndpoint("tcp");

        // pg_isready through the proxy: the proxy accepts while postgres is down, pg_isready does not.
        var check = $"{name}-pg_isready";
        builder.Services.AddHealthChecks().AddAsyncCheck(check, async cancellationToken =>
            tcp.IsAllocated && await RunAsync($"{BinDirectory}/pg_isready",
                ["-h", "127.0.0.1", "-p", tcp.Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", "-t", "2"], cancellationToken) == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("pg_isready does not get an answer."));
        server.WithHealthCheck(check);

        var script = string.Join("; ", databases.Select(database =>
            $"{BinDirectory}/psql -h 127.0.0.1 -p \"$PGPORT\" -U postgres -tAc \"SELECT 1 FROM pg_database WHERE datname='{database}'\" | grep -q 1 " +
            $"|| {BinDirectory}/createdb -h 127.0.0.1 -p \"$PGPORT\" -U postgres '{database}'"));
        var createDatabases = builder.AddExecutable($"{name}-createdb", "/bin/sh", root, "-c", "set -e; " + (script.Length > 0 ? script : "true"))
            .WithEnvironment("PGPORT", tcp.Property(EndpointProperty.Port))
            .WaitFor(server);
        return new LocalPostgres(initdb, server, createDatabases, tcp);
    }

    private static async Task<int> RunAsync(string file, string[] args, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + file);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode;
    }
}
