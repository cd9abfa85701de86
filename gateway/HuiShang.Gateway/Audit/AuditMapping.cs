using HuiShang.Contracts.Common.V1;

namespace HuiShang.Gateway.Audit;

internal static class AuditMapping
{
    public static HistoryVerificationResponse ToResponse(string service, HistoryVerification reply) => new(
        service,
        reply.FirstBroken is null,
        reply.CheckedCount,
        reply.UnsealedCount,
        reply.RecordCount,
        reply.FirstBroken is { } broken
            ? new BrokenLinkResponse(
                broken.RecordId, broken.EntryIndex, broken.EntryId, broken.Version, broken.Reason, broken.Expected, broken.Actual)
            : null);
}
