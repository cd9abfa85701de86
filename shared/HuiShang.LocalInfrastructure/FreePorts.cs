using System.Net;
using System.Net.Sockets;

namespace HuiShang.LocalInfrastructure;

/// <summary>Picks loopback TCP ports that are free right now.</summary>
public static class FreePorts
{
    // RabbitMQ's CLI tools listen on 35672-35682 for their own distribution (rabbitmq-env's
    // RABBITMQ_CTL_DIST_PORT_MIN/MAX); a server there would take a port the CLI needs.
    private const int CliDistFirst = 35672;
    private const int CliDistLast = 35682;

    /// <summary>
    /// <paramref name="count"/> distinct ports, all held open until every one is chosen so the
    /// kernel cannot hand out the same port twice. Another process may still take one before the
    /// server binds it; that race is accepted (the server then fails to start and says why).
    /// </summary>
    public static int[] Next(int count)
    {
        var listeners = new List<TcpListener>();
        try
        {
            while (listeners.Count < count)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                if (port is >= CliDistFirst and <= CliDistLast)
                {
                    listener.Stop();
                    continue;
                }

                listeners.Add(listener);
            }

            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }
}
