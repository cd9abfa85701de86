namespace HuiShang.Evaluation.Domain;

/// <summary>An item's state as a ledger or report entry states it.</summary>
public static class EntryStatuses
{
    public static readonly IReadOnlyList<string> All = ["NotStarted", "InProgress", "Done", "Blocked"];
}
