using Google.Protobuf.WellKnownTypes;
using HuiShang.Contracts.Notifications.V1;
using HuiShang.Notifications.Domain;

namespace HuiShang.Notifications.Grpc;

/// <summary>Domain → proto, by hand; instants as UTC ISO-8601.</summary>
internal static class InboxItems
{
    public static InboxItem ToMessage(this InboxEntry entry) => new()
    {
        Id = entry.Id.ToString(),
        Type = entry.Type,
        Title = entry.Title,
        Body = entry.Body,
        SubjectId = entry.SubjectId,
        RegionCode = entry.RegionCode,
        CreatedAt = Timestamp.FromDateTimeOffset(entry.CreatedAt),
    };
}
