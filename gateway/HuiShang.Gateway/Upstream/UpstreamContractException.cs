namespace HuiShang.Gateway.Upstream;

/// <summary>A service's reply breaks the proto's documented format (a date that is not a date): its bug, reported as 502.</summary>
public sealed class UpstreamContractException(string message) : Exception(message);
