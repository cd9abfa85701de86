namespace HuiShang.Agreements.Domain;

/// <summary>HB-16(三): the city government's formal document (正式行文).</summary>
public sealed class FormalDocument(string documentNumber, DateOnly issuedOn, string recordedBy, DateTimeOffset recordedAt)
{
    public string DocumentNumber { get; private set; } = documentNumber;

    public DateOnly IssuedOn { get; private set; } = issuedOn;

    public string RecordedBy { get; private set; } = recordedBy;

    public DateTimeOffset RecordedAt { get; private set; } = recordedAt;
}
