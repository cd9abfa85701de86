namespace HuiShang.Notifications.Domain;

/// <summary>Entry types, spelled as the CloudEvents types city systems will receive (api.md).</summary>
public static class NotificationTypes
{
    public const string ProposalSubmitted = "cn.huishang.proposal.submitted.v1";
    public const string AgreementSigned = "cn.huishang.agreement.signed.v1";
    public const string AgreementExpiring = "cn.huishang.agreement.expiring.v1";
    public const string CommentRoundOverdue = "cn.huishang.agreement.comments-overdue.v1";
    public const string MatchingShortfallDetected = "cn.huishang.funding.matching-shortfall.v1";
    public const string LedgerOverdue = "cn.huishang.tracking.ledger-overdue.v1";
    public const string AnnualReportOverdue = "cn.huishang.tracking.annual-report-overdue.v1";
    public const string ObligationOverdue = "cn.huishang.tracking.obligation-overdue.v1";
}
