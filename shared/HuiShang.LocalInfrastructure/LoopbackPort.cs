using System.Net;
using System.Net.Sockets;

namespace HuiShang.LocalInfrastructure;

/// <summary>A cheap probe of a server's port on 127.0.0.1.</summary>
internal static class LoopbackPort
{
    public static async Task<bool> AcceptsConnectionsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port).WaitAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is SocketException or TimeoutException)
        {
            return false;
        }
    }
}
