namespace HuiShang.Agreements.Domain;

/// <summary>A division's written answer in a comment round (GX-15), and how the coordinating division resolved it.</summary>
public sealed class Comment
{
    private Comment()
    {
    }

    public Guid Id { get; private set; }

    public int Position { get; private set; }

    public string Division { get; private set; } = "";

    public string? Text { get; private set; }

    /// <summary>The division read the draft and has nothing to add: nothing to resolve.</summary>
    public bool NoComment { get; private set; }

    public string By { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    /// <summary>null (pending) | "adopted" | "partly-adopted" | "not-adopted".</summary>
    public string? Resolution { get; private set; }

    public string? ResolutionReason { get; private set; }

    public bool NeedsResolution => !NoComment && Resolution is null;

    internal static Comment Create(int position, string division, string? text, bool noComment, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Position = position,
        Division = division,
        Text = text,
        NoComment = noComment,
        By = by,
        At = now,
    };

    internal void Resolve(string resolution, string? reason)
    {
        Resolution = resolution;
        ResolutionReason = reason;
    }
}
