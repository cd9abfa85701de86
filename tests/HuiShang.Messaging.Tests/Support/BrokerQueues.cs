using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace HuiShang.Messaging.Tests.Support;

/// <summary>Reads a queue straight from the broker with RabbitMQ.Client, independent of MassTransit.</summary>
internal static class BrokerQueues
{
    /// <summary>Takes the next message of <paramref name="queue"/> (acknowledged), or null when empty or not declared yet.</summary>
    public static async Task<BasicGetResult?> GetAsync(string connectionString, string queue)
    {
        var factory = new ConnectionFactory { Uri = new Uri(connectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return await channel.BasicGetAsync(queue, autoAck: true);
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
        {
            // MassTransit declares <queue>_error when it moves the first message there.
            return null;
        }
    }

    public static string Header(BasicGetResult message, string name) =>
        message.BasicProperties.Headers?.TryGetValue(name, out var value) == true
            ? value is byte[] bytes ? System.Text.Encoding.UTF8.GetString(bytes) : value?.ToString() ?? ""
            : "";
}
