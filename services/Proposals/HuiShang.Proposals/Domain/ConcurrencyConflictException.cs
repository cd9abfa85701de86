namespace HuiShang.Proposals.Domain;

/// <summary>The caller's expected version is not the stored one (If-Match failed).</summary>
public sealed class ConcurrencyConflictException() : Exception("The proposal was changed by someone else; reload it and try again.");
