using HuiShang.Grpc;

namespace HuiShang.Proposals.Grpc;

/// <summary>
/// Errors as the gateway turns them into problem details: the status picks the HTTP status, the
/// <c>problem-type</c> trailer the problem's stable type (gateway README, "Errors from services").
/// </summary>
internal static class Problems
{
    public const string ProblemTypeTrailer = HuiShang.Contracts.ErrorTrailers.ProblemType;

    /// <summary>api.md tenancy: another region's record is "not found", never "forbidden".</summary>
    public static RpcException NotFound(string id) => new(StatusCode.NotFound, $"Proposal '{id}' was not found.");

    public static RpcException InvalidState(string detail) => WithType(StatusCode.FailedPrecondition, "invalid-state", detail);

    public static RpcException ConcurrencyConflict() =>
        WithType(StatusCode.Aborted, "concurrency-conflict", "The proposal was changed by someone else; reload it and try again.");

    private static RpcException WithType(StatusCode code, string problemType, string detail) =>
        new(code, detail, new Metadata { { ProblemTypeTrailer, problemType } });
}
