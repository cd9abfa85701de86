namespace HuiShang.Notifications.Domain;

/// <summary>Entry types, spelled as the CloudEvents types city systems will receive (api.md).</summary>
public static class NotificationTypes
{
    public const string ProposalSubmitted = "cn.huishang.proposal.submitted.v1";
}
