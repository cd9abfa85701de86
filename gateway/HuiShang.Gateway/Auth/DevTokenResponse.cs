namespace HuiShang.Gateway.Auth;

/// <summary>A bearer token for the seeded user, and when it stops working.</summary>
public sealed record DevTokenResponse(string Token, DateTimeOffset ExpiresAt);
