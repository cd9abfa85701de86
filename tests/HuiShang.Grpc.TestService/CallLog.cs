using System.Collections.Concurrent;

namespace HuiShang.Grpc.TestService;

/// <summary>What happened to each recorded call inside the handler: did it run to the end or stop when cancelled.</summary>
public sealed class CallLog
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string>> _outcomes = new();

    public void Record(string callId, string outcome) => Outcome(callId).TrySetResult(outcome);

    /// <summary>"completed" or "cancelled" once the handler of <paramref name="callId"/> finished.</summary>
    public Task<string> WaitForAsync(string callId, TimeSpan timeout) => Outcome(callId).Task.WaitAsync(timeout);

    private TaskCompletionSource<string> Outcome(string callId) =>
        _outcomes.GetOrAdd(callId, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));
}
