namespace HuiShang.Agreements.Domain;

/// <summary>HB-16(三): one government's approval of a version.</summary>
public sealed class Approval(string side, int version, string by, DateTimeOffset at)
{
    public string Side { get; private set; } = side;

    public int Version { get; private set; } = version;

    public string By { get; private set; } = by;

    public DateTimeOffset At { get; private set; } = at;
}
