namespace HuiShang.Policies.Sections;

/// <summary>XJ-4.2: how the lower party's match splits between its own level and a district of this category.</summary>
public sealed record CategorySplit(int Category, decimal LowerLevelShare, decimal DistrictShare);
