namespace HuiShang.Policies;

/// <summary>No version of the jurisdiction's profile covers the date (or no profile at all).</summary>
public sealed class NoPolicyInForceException(string jurisdiction, DateOnly date, string reason)
    : Exception($"No policy in force for jurisdiction {jurisdiction} on {date:yyyy-MM-dd}: {reason}")
{
    public string Jurisdiction { get; } = jurisdiction;

    public DateOnly Date { get; } = date;
}
