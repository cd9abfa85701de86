using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace HuiShang.Contracts;

/// <summary>
/// How a service says why it refused a call, in gRPC's standard rich error model (decision 008):
/// a <c>google.rpc.Status</c> in <c>grpc-status-details-bin</c> with an <see cref="ErrorInfo"/>
/// (reason = the problem's stable type such as <c>window-closed</c>, metadata <c>ruleId</c> = the
/// rule of domain.md and any figures the rule names) and a <see cref="BadRequest"/> with one field
/// violation per wrong field. Any gRPC client (grpc-js, Go, Java) reads it without our code.
/// </summary>
public static class ProblemStatus
{
    /// <summary>ErrorInfo.domain: the problem types are https://huishang.dev/problems/&lt;reason&gt;.</summary>
    public const string Domain = "huishang.dev";

    /// <summary>The ErrorInfo metadata key naming the refusing rule, e.g. GX-10.</summary>
    public const string RuleIdKey = "ruleId";

    public static RpcException Create(
        StatusCode code,
        string detail,
        string? problemType = null,
        string? ruleId = null,
        IEnumerable<KeyValuePair<string, string>>? fieldErrors = null,
        IEnumerable<KeyValuePair<string, string>>? figures = null)
    {
        var status = new Google.Rpc.Status { Code = (int)code, Message = detail };
        if (problemType is not null)
        {
            var info = new ErrorInfo { Reason = problemType, Domain = Domain };
            if (ruleId is not null)
            {
                info.Metadata[RuleIdKey] = ruleId;
            }

            foreach (var (name, value) in figures ?? [])
            {
                info.Metadata[name] = value;
            }

            status.Details.Add(Any.Pack(info));
        }

        var violations = (fieldErrors ?? [])
            .Select(e => new BadRequest.Types.FieldViolation { Field = e.Key, Description = e.Value })
            .ToList();
        if (violations.Count > 0)
        {
            var badRequest = new BadRequest();
            badRequest.FieldViolations.AddRange(violations);
            status.Details.Add(Any.Pack(badRequest));
        }

        return status.ToRpcException();
    }

    /// <summary>The refusal's ErrorInfo, or null (a status without details, or details that do not parse).</summary>
    public static ErrorInfo? GetErrorInfo(this RpcException error) => Details(error)?.GetDetail<ErrorInfo>();

    public static string? GetProblemType(this RpcException error) => error.GetErrorInfo()?.Reason is { Length: > 0 } reason ? reason : null;

    public static string? GetRuleId(this RpcException error) =>
        error.GetErrorInfo()?.Metadata.TryGetValue(RuleIdKey, out var ruleId) == true ? ruleId : null;

    /// <summary>The wrong fields of a refusal, empty when it names none.</summary>
    public static IReadOnlyList<BadRequest.Types.FieldViolation> GetFieldViolations(this RpcException error) =>
        Details(error)?.GetDetail<BadRequest>()?.FieldViolations.ToList() ?? [];

    private static Google.Rpc.Status? Details(RpcException error)
    {
        try
        {
            return error.GetRpcStatus();
        }
        catch (Google.Protobuf.InvalidProtocolBufferException)
        {
            return null; // A peer's malformed details: treated as none.
        }
    }
}
