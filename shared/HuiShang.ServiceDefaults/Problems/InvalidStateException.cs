namespace HuiShang.ServiceDefaults.Problems;

/// <summary>The record is not in a state that allows the requested step (problem type invalid-state, 409).</summary>
public sealed class InvalidStateException(string message) : Exception(message);
