using HuiShang.AppHost;

namespace HuiShang.Platform.Tests;

/// <summary>
/// The whole platform started by the AppHost's own code (free ports, a throw-away run folder), with
/// every service's spans exported to a fake OTLP collector. Tests reach the gateway over real HTTP.
/// </summary>
public abstract class PlatformFixture(bool postgres) : IAsyncLifetime
{
    private readonly Dictionary<string, string> _calls = [];
    private readonly SemaphoreSlim _callsLock = new(1, 1);
    private readonly string _runDirectory = Path.Combine(Path.GetTempPath(), "huishang-platform-tests", Guid.NewGuid().ToString("N"));

    public AppHost.Platform Platform { get; private set; } = null!;

    public OtlpCollector Collector { get; private set; } = null!;

    public GatewayClient Gateway { get; private set; } = null!;

    /// <summary>This year's call of a jurisdiction, opened once per platform (one call per jurisdiction and year).</summary>
    public async Task<string> CallOfAsync(string jurisdiction)
    {
        await _callsLock.WaitAsync();
        try
        {
            if (!_calls.TryGetValue(jurisdiction, out var id))
            {
                _calls[jurisdiction] = id = await Gateway.OpenCallAsync(jurisdiction);
            }

            return id;
        }
        finally
        {
            _callsLock.Release();
        }
    }

    public async Task InitializeAsync()
    {
        Collector = await OtlpCollector.StartAsync();
        var options = new AppHostOptions
        {
            Postgres = postgres,
            FreePorts = true,
            RunDirectory = _runDirectory,
            Environment = new Dictionary<string, string?>
            {
                ["OTEL_EXPORTER_OTLP_ENDPOINT"] = Collector.Endpoint,
                ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
                ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            },
        };
        Platform = new AppHost.Platform(RepositoryLayout.Find(), options);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await Platform.StartAsync(timeout.Token);
        Gateway = new GatewayClient(new Uri($"http://127.0.0.1:{Platform.Gateway.HttpPort}"));
    }

    public async Task DisposeAsync()
    {
        Gateway?.Dispose();
        await Platform.DisposeAsync();
        await Collector.DisposeAsync();
        try
        {
            Directory.Delete(_runDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a process that is going away: the folder is in /tmp anyway.
        }
    }
}

public sealed class SqlitePlatformFixture() : PlatformFixture(postgres: false);

public sealed class PostgresPlatformFixture() : PlatformFixture(postgres: true);

/// <summary>Platforms are heavy on two cores: the classes that start one run one after another.</summary>
[CollectionDefinition(nameof(PlatformCollection), DisableParallelization = true)]
public sealed class PlatformCollection;
