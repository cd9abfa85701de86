using Google.Protobuf;

namespace HuiShang.Gateway.Tests.Infrastructure;

/// <summary>A call a fake service received: which method, the authorization metadata, the request.</summary>
public sealed record ReceivedCall(string Method, string? Authorization, IMessage Request);
