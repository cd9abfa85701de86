namespace HuiShang.Agreements.Domain;

/// <summary>HB-15: whether both sides continue the consultation mechanism after the framework expires.</summary>
public sealed class Renewal(bool renew, string? note, string by, DateTimeOffset at)
{
    public bool Renew { get; private set; } = renew;

    public string? Note { get; private set; } = note;

    public string By { get; private set; } = by;

    public DateTimeOffset At { get; private set; } = at;
}
