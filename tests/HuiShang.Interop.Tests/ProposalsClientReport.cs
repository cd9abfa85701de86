using System.Text.Json;

namespace HuiShang.Interop.Tests;

/// <summary>
/// One run of tests/interop/proposals-client.js against a fresh Proposals service, shared by the
/// tests that assert on its cases (the script's cases build on each other: call, drafts, submission).
/// </summary>
public sealed class ProposalsClientReport : IAsyncLifetime
{
    public JsonElement Report { get; private set; }

    public async Task InitializeAsync()
    {
        await using var host = await ProposalsServer.StartAsync();
        Report = await ProposalsClientScript.RunAsync(
            host.GrpcAddress, host.TokenOf(ProposalsServer.NanningBureau), host.TokenOf(ProposalsServer.GuangxiPlanning));
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
