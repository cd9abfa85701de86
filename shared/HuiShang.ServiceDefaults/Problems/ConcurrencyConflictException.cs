namespace HuiShang.ServiceDefaults.Problems;

/// <summary>The caller's expected version is not the stored one (If-Match failed; concurrency-conflict, 409).</summary>
public sealed class ConcurrencyConflictException(string? message = null)
    : Exception(message ?? "The record was changed by someone else; reload it and try again.");
