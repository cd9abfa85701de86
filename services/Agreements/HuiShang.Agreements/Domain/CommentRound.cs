namespace HuiShang.Agreements.Domain;

/// <summary>
/// GX-15 / HB-16(二) 会签: named divisions answer in parallel on one version by a due date.
/// </summary>
public sealed class CommentRound
{
    private readonly List<Comment> _comments = [];

    private CommentRound()
    {
    }

    public Guid Id { get; private set; }

    public Guid AgreementId { get; private set; }

    /// <summary>1..n within the agreement: the display order.</summary>
    public int Number { get; private set; }

    public int Version { get; private set; }

    public List<string> Divisions { get; private set; } = [];

    public DateOnly DueOn { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public string StartedBy { get; private set; } = "";

    public IReadOnlyList<Comment> Comments => _comments;

    /// <summary>The version that answered this round (建议稿); 0 while none has.</summary>
    public int AnsweredByVersion { get; private set; }

    /// <summary>When CommentRoundOverdue went out: it is sent once per round.</summary>
    public DateTimeOffset? OverdueNoticedAt { get; private set; }

    /// <summary>When the coordinating division closed the round after its due date; null while not closed.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosedBy { get; private set; }

    public string? CloseReason { get; private set; }

    /// <summary>The divisions still silent when the round was closed: they count as "no answer".</summary>
    public List<string> UnansweredDivisions { get; private set; } = [];

    public bool IsClosed => ClosedAt is not null;

    public IEnumerable<Comment> OrderedComments => _comments.OrderBy(c => c.Position);

    /// <summary>Divisions still expected to answer; none once the round is closed.</summary>
    public IReadOnlyList<string> PendingDivisions => IsClosed ? [] : Divisions.Where(d => _comments.All(c => c.Division != d)).ToList();

    public CommentRoundStatus Status =>
        PendingDivisions.Count > 0 ? CommentRoundStatus.Open
        : _comments.Any(c => c.NeedsResolution) ? CommentRoundStatus.Answered
        : CommentRoundStatus.Resolved;

    /// <summary>Divisions still silent after the due date.</summary>
    public IReadOnlyList<string> LateDivisions(DateOnly today) => today > DueOn ? PendingDivisions : [];

    public Comment? FindComment(Guid id) => _comments.FirstOrDefault(c => c.Id == id);

    internal static CommentRound Start(Guid agreementId, int number, int version, IReadOnlyList<string> divisions, DateOnly dueOn, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AgreementId = agreementId,
        Number = number,
        Version = version,
        Divisions = divisions.ToList(),
        DueOn = dueOn,
        StartedAt = now,
        StartedBy = by,
    };

    internal Comment Add(string division, string? text, bool noComment, string by, DateTimeOffset now)
    {
        var comment = Comment.Create(_comments.Count + 1, division, text, noComment, by, now);
        _comments.Add(comment);
        return comment;
    }

    internal void AnsweredBy(int version) => AnsweredByVersion = version;

    internal void NoticedOverdue(DateTimeOffset now) => OverdueNoticedAt = now;

    /// <summary>GX-15 after the due date: the silent divisions are recorded as unanswered and no longer awaited.</summary>
    internal void Close(string reason, string by, DateTimeOffset now)
    {
        UnansweredDivisions = PendingDivisions.ToList();
        ClosedAt = now;
        ClosedBy = by;
        CloseReason = reason;
    }
}
