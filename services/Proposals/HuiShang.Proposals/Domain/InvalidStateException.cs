namespace HuiShang.Proposals.Domain;

/// <summary>The proposal is not in a state that allows the requested step (problem type invalid-state).</summary>
public sealed class InvalidStateException(string message) : Exception(message);
