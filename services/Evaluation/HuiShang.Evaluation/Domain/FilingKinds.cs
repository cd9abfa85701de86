namespace HuiShang.Evaluation.Domain;

/// <summary>What a city bureau files (GX-19): its implementation plan, quarterly ledgers, annual reports.</summary>
public static class FilingKinds
{
    public const string ImplementationPlan = "implementation-plan";
    public const string Ledger = "ledger";
    public const string AnnualReport = "annual-report";

    public static readonly IReadOnlyList<string> All = [ImplementationPlan, Ledger, AnnualReport];
}
