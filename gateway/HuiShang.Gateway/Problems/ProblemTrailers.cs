using System.Text.RegularExpressions;
using HuiShang.Grpc;

namespace HuiShang.Gateway.Problems;

/// <summary>
/// How a service names the rule that refused a call. Convention (README, "Errors from services"):
/// with a non-OK status a service may send the trailer <c>problem-type</c> (a slug such as
/// <c>window-closed</c>, becoming https://huishang.dev/problems/window-closed) and <c>rule-id</c>
/// (e.g. <c>GX-10</c>, becoming <c>ruleId</c>). The gateway honours them for the statuses that
/// mean "your request broke a rule" (INVALID_ARGUMENT, ALREADY_EXISTS, FAILED_PRECONDITION,
/// ABORTED, RESOURCE_EXHAUSTED); a value that does not fit the pattern is ignored rather than
/// passed through to clients.
/// </summary>
public static partial class ProblemTrailers
{
    public const string ProblemType = HuiShang.Contracts.ErrorTrailers.ProblemType;
    public const string RuleId = HuiShang.Contracts.ErrorTrailers.RuleId;

    public static string? ReadProblemType(Metadata trailers) =>
        trailers.GetValue(ProblemType) is { } slug && SlugPattern().IsMatch(slug) ? slug : null;

    public static string? ReadRuleId(Metadata trailers) =>
        trailers.GetValue(RuleId) is { } ruleId && RuleIdPattern().IsMatch(ruleId) ? ruleId : null;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    // GX-10, XJ-4.2, HB-19(5): letters, digits and a little punctuation, short.
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9.()\-]{0,31}$")]
    private static partial Regex RuleIdPattern();
}
