namespace HuiShang.Policies.Sections;

/// <summary>The amounts a match breaks into (yuan).</summary>
public sealed record MatchSplit(decimal Total, decimal LowerLevel, decimal District);
