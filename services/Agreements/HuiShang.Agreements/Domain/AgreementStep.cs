using HuiShang.Policies.Sections;

namespace HuiShang.Agreements.Domain;

/// <summary>
/// One step of the approval chain, copied from the profile when the agreement was opened so that a
/// later profile change does not alter an agreement in flight.
/// </summary>
public sealed class AgreementStep(int position, ApprovalStep step, string ruleId, bool objectionRestartsDrafting)
{
    public int Position { get; private set; } = position;

    public ApprovalStep Step { get; private set; } = step;

    public string RuleId { get; private set; } = ruleId;

    public bool ObjectionRestartsDrafting { get; private set; } = objectionRestartsDrafting;
}
