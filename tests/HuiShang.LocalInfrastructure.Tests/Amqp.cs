using System.Text;
using RabbitMQ.Client;

namespace HuiShang.LocalInfrastructure.Tests;

/// <summary>AMQP calls against a real broker with the client MassTransit 8.4 uses.</summary>
internal static class Amqp
{
    public static Task<IConnection> ConnectAsync(string connectionString) =>
        new ConnectionFactory { Uri = new Uri(connectionString) }.CreateConnectionAsync();

    /// <summary>Declares <paramref name="queue"/>, publishes <paramref name="text"/> to it and gets it back.</summary>
    public static async Task<string?> RoundTripAsync(IChannel channel, string queue, string text)
    {
        await channel.QueueDeclareAsync(queue, durable: false, exclusive: false, autoDelete: false);
        await channel.BasicPublishAsync("", queue, Encoding.UTF8.GetBytes(text));

        // Publishing is asynchronous (no confirms here), so the message may need a moment to arrive.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (await channel.BasicGetAsync(queue, autoAck: true) is { } message)
            {
                return Encoding.UTF8.GetString(message.Body.Span);
            }

            await Task.Delay(50);
        }

        return null;
    }
}
