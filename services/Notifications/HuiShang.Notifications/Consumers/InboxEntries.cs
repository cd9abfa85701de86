using HuiShang.Contracts.ReferenceData;

namespace HuiShang.Notifications.Consumers;

/// <summary>
/// Builds the entries one event addresses to several recipients: the same title, body and subject
/// for each (role, region, division), cut to the column limits.
/// </summary>
internal sealed record InboxEntries(string Type, string Title, string Body, string SubjectId, string RegionCode, Guid MessageId, DateTimeOffset Now)
{
    // Dates are shown in the jurisdiction's calendar (architecture.md): Asia/Shanghai, UTC+8, no DST.
    public static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static string NameOf(string regionCode) => RegionCatalog.Default.Find(regionCode)?.Name ?? regionCode;

    public InboxEntry To(string role, string region, string division = "") => new()
    {
        Id = Guid.CreateVersion7(Now),
        RecipientRole = role,
        RecipientRegion = region,
        RecipientDivision = division,
        Type = Type,
        Title = Truncate(Title, InboxEntryLimits.Title),
        Body = Truncate(Body, InboxEntryLimits.Body),
        SubjectId = SubjectId,
        RegionCode = RegionCode,
        CreatedAt = Now,
        SourceMessageId = MessageId,
    };

    public static void Require(bool condition, string what)
    {
        // An entry addressed to nobody would be seen by nobody: refuse the event by name instead.
        if (!condition)
        {
            throw new Messaging.MessageRejectedException(what);
        }
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
