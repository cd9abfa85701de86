namespace HuiShang.Messaging.Tests.Support;

/// <summary>
/// Written by a consumer's handler with its own identity key, so an event applied twice shows up
/// as two rows (the inbox must prevent that).
/// </summary>
public sealed class AppliedMessage
{
    public long Id { get; set; }

    public Guid MessageId { get; set; }

    public int Number { get; set; }
}
