using System.Diagnostics;
using HuiShang.Messaging.Tests.Support;

namespace HuiShang.Messaging.Tests;

/// <summary>One trace from the request that staged an event to the consumer, across the later dispatch.</summary>
public sealed class TraceContextTests
{
    private static readonly ActivitySource Request = new("HuiShang.Messaging.Tests.Request");

    [Fact]
    public async Task Consumer_runs_in_the_trace_of_the_request_that_staged_the_event()
    {
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var host = await TestHost.StartAsync(database);
        var proposal = Samples.Proposal();

        string requestTraceId;
        using (var request = Request.StartActivity("POST /proposals"))
        {
            requestTraceId = request!.TraceId.ToString();
            await host.InScopeAsync(async (db, outbox) =>
            {
                outbox.Add(proposal);
                await db.SaveChangesAsync();
            });
        }

        await Eventually.TrueAsync(() => host.Deliveries.Received.Any(d => Equals(d.Message, proposal)), TimeSpan.FromSeconds(5), "the event");
        Assert.Equal(requestTraceId, host.Deliveries.Received.Single(d => Equals(d.Message, proposal)).TraceId);
    }
}
