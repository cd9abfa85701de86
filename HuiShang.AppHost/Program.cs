using HuiShang.AppHost;
using HuiShang.LocalInfrastructure.Processes;

// dotnet run --project HuiShang.AppHost [-- --postgres] [--free-ports] [--run-dir <dir>]
var layout = RepositoryLayout.Find();
var options = AppHostOptions.Parse(args, layout.Root);
// We stop the children in order on a signal; the library's kill-everything-now handler would race us.
ProcessExitCleanup.OnSignals = false;
using var shutdown = new ShutdownSignal();
using var stopping = new CancellationTokenSource();
_ = shutdown.Received.ContinueWith(_ => stopping.Cancel(), TaskScheduler.Default);

await using var platform = new Platform(layout, options);
try
{
    await platform.StartAsync(stopping.Token);
    platform.PrintEndpoints();
    Log.AppHost($"received {await shutdown.Received}: stopping");
    return 0;
}
catch (OperationCanceledException) when (stopping.IsCancellationRequested)
{
    Log.AppHost("stopped during start-up");
    return 0;
}
catch (Exception ex)
{
    Log.AppHost($"start-up failed: {ex.Message}");
    return 1;
}
