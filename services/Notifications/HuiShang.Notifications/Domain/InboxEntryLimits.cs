namespace HuiShang.Notifications.Domain;

public static class InboxEntryLimits
{
    public const int Code = 64;
    public const int Type = 128;
    public const int Title = 200;
    public const int Body = 2000;
}
