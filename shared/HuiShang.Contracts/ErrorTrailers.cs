namespace HuiShang.Contracts;

/// <summary>
/// How a service names the rule that refused a call (gateway/README.md, "Errors from services"):
/// gRPC trailers sent with a non-OK status, which the gateway turns into the problem's stable
/// <c>type</c> and its <c>ruleId</c>.
/// </summary>
public static class ErrorTrailers
{
    /// <summary>A slug such as <c>window-closed</c>: becomes https://huishang.dev/problems/window-closed.</summary>
    public const string ProblemType = "problem-type";

    /// <summary>The rule id of domain.md, e.g. <c>GX-10</c>: becomes the problem's <c>ruleId</c>.</summary>
    public const string RuleId = "rule-id";
}
