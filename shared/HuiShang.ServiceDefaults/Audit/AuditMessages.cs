using HuiShang.Contracts.Common.V1;

namespace HuiShang.ServiceDefaults.Audit;

/// <summary>History entries and verification reports on the wire (huishang.common.v1), mapped once for every service.</summary>
public static class AuditMessages
{
    public static AuditEntry ToAuditMessage(this IAuditTrailEntry entry)
    {
        var fields = entry.Fields;
        var message = AuditEntry.Of(fields.At, fields.By, fields.Action, fields.FromStatus, fields.ToStatus, fields.Version, fields.Detail);
        message.Hash = entry.Hash;
        message.PreviousHash = entry.PreviousHash;
        message.ClientAddress = fields.ClientAddress ?? "";
        return message;
    }

    public static HistoryVerification ToMessage(this AuditVerification verification)
    {
        var message = new HistoryVerification
        {
            CheckedCount = verification.CheckedCount,
            UnsealedCount = verification.UnsealedCount,
            RecordCount = verification.RecordCount,
        };
        if (verification.FirstBroken is { } broken)
        {
            message.FirstBroken = new HistoryBrokenLink
            {
                RecordId = broken.RecordId.ToString(),
                EntryIndex = broken.EntryIndex,
                EntryId = broken.EntryId,
                Version = broken.Version,
                Reason = ReasonOf(broken.Reason),
                Expected = broken.Expected,
                Actual = broken.Actual,
            };
        }

        return message;
    }

    /// <summary>Kebab-case words, stable on the wire like the problem types.</summary>
    public static string ReasonOf(BrokenLinkReason reason) => reason switch
    {
        BrokenLinkReason.ContentChanged => "content-changed",
        BrokenLinkReason.PreviousHashMismatch => "previous-hash-mismatch",
        BrokenLinkReason.Unsealed => "unsealed",
        BrokenLinkReason.UnknownFormat => "unknown-format",
        BrokenLinkReason.Truncated => "truncated",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
