namespace HuiShang.Evaluation.Domain;

/// <summary>
/// One agreed item's line in a ledger or report: status, progress text, figures (funds arrived, a
/// milestone) and attachments by reference. A class, not a record: EF tracks owned entities by identity.
/// </summary>
public sealed class FilingEntry(Guid itemId, string status, string progress, decimal? moneyArrived, string milestone, List<string> attachments)
{
    public Guid ItemId { get; private set; } = itemId;

    public string Status { get; private set; } = status;

    public string Progress { get; private set; } = progress;

    public decimal? MoneyArrived { get; private set; } = moneyArrived;

    public string Milestone { get; private set; } = milestone;

    public List<string> Attachments { get; private set; } = attachments;
}
