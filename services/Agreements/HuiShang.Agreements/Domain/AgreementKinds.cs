namespace HuiShang.Agreements.Domain;

/// <summary>A framework 议定书, or a 协议书 of a work meeting under a signed framework (HB-17).</summary>
public static class AgreementKinds
{
    public const string Framework = "framework";
    public const string WorkMeeting = "work-meeting";
}
