namespace HuiShang.Grpc.TestService;

/// <summary>
/// Metadata echo rule both peers share: a request entry <c>x-echo-NAME</c> comes back as the
/// response header <c>x-echo-NAME</c> and as the trailer <c>x-trailer-NAME</c>.
/// </summary>
public static class EchoBehaviour
{
    public const string EchoPrefix = "x-echo-";
    public const string TrailerPrefix = "x-trailer-";
}
