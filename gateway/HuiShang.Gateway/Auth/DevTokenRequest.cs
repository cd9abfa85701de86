using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace HuiShang.Gateway.Auth;

public sealed record DevTokenRequest(
    [property: Required, Description("A seeded user, <role>@<region code>, e.g. city-bureau@450100.")] string? User);
