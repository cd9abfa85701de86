using Google.Protobuf.WellKnownTypes;

namespace HuiShang.Contracts.Common.V1;

/// <summary>One constructor for every service's history entries.</summary>
public sealed partial class AuditEntry
{
    public static AuditEntry Of(DateTimeOffset at, string by, string action, string? fromStatus, string toStatus, long version, string? detail) => new()
    {
        At = Timestamp.FromDateTimeOffset(at),
        By = by,
        Action = action,
        FromStatus = fromStatus ?? "",
        ToStatus = toStatus,
        Version = version,
        Detail = detail ?? "",
    };
}
