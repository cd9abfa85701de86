namespace HuiShang.Evaluation.Domain;

/// <summary>A stable text key per reporting period and overdue item: "ledger:2025-Q3", "annual-report:2025", "item:&lt;id&gt;".</summary>
public static class PeriodKeys
{
    public const string ItemKind = "item";

    public static string Of(string kind, int year, int quarter) => kind switch
    {
        FilingKinds.Ledger => $"{kind}:{year:D4}-Q{quarter}",
        FilingKinds.AnnualReport => $"{kind}:{year:D4}",
        _ => kind,
    };

    public static string OfItem(Guid itemId) => $"{ItemKind}:{itemId}";
}
