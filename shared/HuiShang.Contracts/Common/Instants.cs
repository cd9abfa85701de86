using Google.Protobuf.WellKnownTypes;

namespace HuiShang.Contracts.Common.V1;

/// <summary>Instants travel as <see cref="Timestamp"/>; an unset field means "not yet".</summary>
public static class Instants
{
    public static Timestamp? From(DateTimeOffset? instant) => instant is { } value ? Timestamp.FromDateTimeOffset(value) : null;

    public static DateTimeOffset? ToDateTimeOffset(this Timestamp? timestamp) => timestamp?.ToDateTimeOffset();
}
