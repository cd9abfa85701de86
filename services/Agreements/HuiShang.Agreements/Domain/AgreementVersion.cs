namespace HuiShang.Agreements.Domain;

/// <summary>One immutable version (1..n) of an agreement's text and items (GX-15: every revision is a new version).</summary>
public sealed class AgreementVersion
{
    private readonly List<AgreedItem> _items = [];

    private AgreementVersion()
    {
    }

    public Guid AgreementId { get; private set; }

    public int Number { get; private set; }

    public string Text { get; private set; } = "";

    public IReadOnlyList<AgreedItem> Items => _items;

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    /// <summary>The resolved comment round this version answers (GX-15 建议稿).</summary>
    public Guid? CommentRoundId { get; private set; }

    /// <summary>The director's return or city objection this version addresses.</summary>
    public Guid? AddressesReviewId { get; private set; }

    public string? Note { get; private set; }

    public IEnumerable<AgreedItem> OrderedItems => _items.OrderBy(i => i.Position);

    internal static AgreementVersion Create(Guid agreementId, int number, VersionDraft draft, string by, DateTimeOffset now)
    {
        var version = new AgreementVersion
        {
            AgreementId = agreementId,
            Number = number,
            Text = draft.Text,
            CreatedAt = now,
            CreatedBy = by,
            CommentRoundId = draft.CommentRoundId,
            AddressesReviewId = draft.AddressesReviewId,
            Note = draft.Note,
        };
        for (var i = 0; i < draft.Items.Count; i++)
        {
            draft.Items[i].Position = i;
            version._items.Add(draft.Items[i]);
        }

        return version;
    }
}
