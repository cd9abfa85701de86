namespace HuiShang.Agreements.Domain;

/// <summary>GX-17(三)4 / HB-16(四): the director's or the city principal leader's signature.</summary>
public sealed class Signature(string side, string by, string name, DateTimeOffset at)
{
    public string Side { get; private set; } = side;

    public string By { get; private set; } = by;

    /// <summary>The signer's display name as the token carried it (the subject when it had none).</summary>
    public string Name { get; private set; } = name;

    public DateTimeOffset At { get; private set; } = at;
}
