using System.Text.RegularExpressions;
using Grpc.Core;
using HuiShang.Contracts;

namespace HuiShang.Gateway.Problems;

/// <summary>
/// How a service names the rule that refused a call (README, "Errors from services"): the rich
/// status's ErrorInfo reason (a slug such as <c>window-closed</c>, becoming
/// https://huishang.dev/problems/window-closed) and its <c>ruleId</c> metadata (e.g. <c>GX-10</c>,
/// becoming <c>ruleId</c>), see <see cref="HuiShang.Contracts.ProblemStatus"/>. The gateway honours them for the statuses that
/// mean "your request broke a rule" (INVALID_ARGUMENT, ALREADY_EXISTS, FAILED_PRECONDITION,
/// ABORTED, RESOURCE_EXHAUSTED); a value that does not fit the pattern is ignored rather than
/// passed through to clients.
/// </summary>
public static partial class ProblemStatusReader
{
    public static string? ReadProblemType(RpcException rpc) =>
        rpc.GetProblemType() is { } slug && SlugPattern().IsMatch(slug) ? slug : null;

    public static string? ReadRuleId(RpcException rpc) =>
        rpc.GetRuleId() is { } ruleId && RuleIdPattern().IsMatch(ruleId) ? ruleId : null;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    // GX-10, XJ-4.2, HB-19(5): letters, digits and a little punctuation, short.
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9.()\-]{0,31}$")]
    private static partial Regex RuleIdPattern();
}
