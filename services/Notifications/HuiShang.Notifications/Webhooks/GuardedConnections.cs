using System.Net;
using System.Net.Sockets;

namespace HuiShang.Notifications.Webhooks;

/// <summary>
/// The webhook HttpClient's handler: it resolves the target itself and connects only to addresses
/// <see cref="TargetPolicy"/> permits (DNS may have changed since the subscription was checked), follows
/// no redirect (a 3xx could point inside), uses no proxy and gives up connecting quickly.
/// </summary>
internal static class GuardedConnections
{
    public static SocketsHttpHandler Handler(TargetPolicy policy, TimeSpan timeout) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        ConnectTimeout = timeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectCallback = (context, cancellationToken) => ConnectAsync(policy, context.DnsEndPoint, cancellationToken),
    };

    private static async ValueTask<Stream> ConnectAsync(TargetPolicy policy, DnsEndPoint endpoint, CancellationToken cancellationToken)
    {
        var addresses = await TargetPolicy.ResolveAsync(endpoint.Host, cancellationToken);
        var permitted = addresses.Where(a => policy.Permits(endpoint.Host, a)).ToArray();
        if (permitted.Length == 0)
        {
            throw new HttpRequestException(addresses.Length == 0
                ? $"{endpoint.Host} does not resolve."
                : $"Refused: {endpoint.Host} resolves to {string.Join(", ", addresses.Select(a => a.ToString()))}, not a permitted target (loopback, private, link-local or metadata).");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(permitted, endpoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
