using Grpc.Core;

namespace HuiShang.Proposals.Grpc;

/// <summary>
/// Errors as the gateway turns them into problem details: the status picks the HTTP status, the
/// rich status (ProblemStatus: ErrorInfo reason and ruleId) the problem's stable type and the
/// refusing rule (gateway README, "Errors from services").
/// </summary>
internal static class Problems
{
    /// <summary>api.md tenancy: another region's record is "not found", never "forbidden".</summary>
    public static RpcException NotFound(string id) => new(new Status(StatusCode.NotFound, $"Proposal '{id}' was not found."));

    public static RpcException CallNotFound(string id) => new(new Status(StatusCode.NotFound, $"Call '{id}' was not found."));

    public static RpcException Validation(string detail, IEnumerable<KeyValuePair<string, string>> errors) => ServiceProblems.Validation(detail, errors);

    /// <summary>Runs a step and turns the domain's refusals into statuses and trailers (shared with every service).</summary>
    public static Task<T> Guard<T>(Func<Task<T>> step) => ServiceProblems.Guard(step);

    public static RpcException WithType(StatusCode code, string problemType, string detail) => ServiceProblems.WithType(code, problemType, detail);
}
