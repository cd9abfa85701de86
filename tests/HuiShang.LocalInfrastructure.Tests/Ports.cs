using System.Net.Sockets;

namespace HuiShang.LocalInfrastructure.Tests;

/// <summary>Whether something accepts TCP connections on a loopback port.</summary>
internal static class Ports
{
    public static async Task<bool> IsListeningAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port).WaitAsync(TimeSpan.FromSeconds(2));
            return true;
        }
        catch (Exception e) when (e is SocketException or TimeoutException)
        {
            return false;
        }
    }
}
