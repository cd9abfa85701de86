using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using HuiShang.Contracts.Notifications.V1;
using HuiShang.Interop.Tests;
using HuiShang.Notifications.Domain;

namespace HuiShang.Notifications.Tests.Webhooks;

/// <summary>
/// The independent peer: tests/webhook-receiver/receiver.js verifies each delivery with the npm
/// standardwebhooks package and parses it with the npm cloudevents SDK (strict CloudEvents 1.0
/// validation). Needs node and npm; the packages come from the committed package-lock.json.
/// </summary>
public sealed class NodeReceiverTests
{
    private static readonly string ReceiverDirectory = Path.Combine(Path.GetDirectoryName(RepoPaths.InteropDirectory)!, "webhook-receiver");

    [Fact]
    public async Task A_node_receiver_verifies_the_signature_and_reads_a_valid_cloud_event()
    {
        await NpmInstall.EnsureAsync(ReceiverDirectory);
        await using var host = await WebhookHost.StartAsync();
        var port = FreePort();
        var subscription = await host.SubscribeAsync("city-system@450100", $"http://127.0.0.1:{port}/hooks", NotificationTypes.AgreementSigned);
        var node = RunReceiverAsync(port, 1, subscription.Secret);

        var signed = SampleEvents.Signed();
        var messageId = Guid.NewGuid();
        await WhenListeningAsync(port);
        await host.PublishAsync(signed, messageId);

        var entry = Assert.Single((await node).GetProperty("received").EnumerateArray());
        Assert.True(entry.GetProperty("verified").GetBoolean(), entry.GetProperty("error").ToString());
        Assert.Equal(messageId.ToString(), entry.GetProperty("id").GetString());
        Assert.Equal(messageId.ToString(), entry.GetProperty("webhookId").GetString());
        Assert.Equal("cn.huishang.agreement.signed.v1", entry.GetProperty("type").GetString());
        Assert.Equal(signed.AgreementId.ToString(), entry.GetProperty("subject").GetString());
        Assert.Equal("1.0", entry.GetProperty("specversion").GetString());
        Assert.Equal("450100", entry.GetProperty("data").GetProperty("regionCode").GetString());
    }

    [Fact]
    public async Task During_a_rotation_the_node_receiver_verifies_with_the_old_and_with_the_new_secret()
    {
        await NpmInstall.EnsureAsync(ReceiverDirectory);
        await using var host = await WebhookHost.StartAsync();
        var port = FreePort();
        var created = await host.SubscribeAsync("city-system@450100", $"http://127.0.0.1:{port}/hooks");
        var rotated = await host.Channel.UnaryAsync(NotificationsApi.RotateSecret, new SubscriptionRef { Id = created.Subscription.Id }, host.As("city-system@450100"));
        var node = RunReceiverAsync(port, 1, created.Secret, rotated.Secret);

        await WhenListeningAsync(port);
        await host.PublishAsync(SampleEvents.Submitted());

        var entry = Assert.Single((await node).GetProperty("received").EnumerateArray());
        Assert.True(entry.GetProperty("verified").GetBoolean(), entry.GetProperty("error").ToString());
    }

    private static async Task<JsonElement> RunReceiverAsync(int port, int count, params string[] secrets)
    {
        var result = await Programs.RunAsync(
            "node", ["receiver.js", port.ToString(System.Globalization.CultureInfo.InvariantCulture), count.ToString(System.Globalization.CultureInfo.InvariantCulture), "30000", .. secrets],
            ReceiverDirectory, TimeSpan.FromSeconds(60));
        Assert.True(result.ExitCode == 0, Programs.Describe(result));
        return JsonDocument.Parse(result.StandardOutput).RootElement.Clone();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task WhenListeningAsync(int port) =>
        Eventually.GetAsync(
            async () =>
            {
                using var client = new TcpClient();
                try
                {
                    await client.ConnectAsync(IPAddress.Loopback, port);
                    return true;
                }
                catch (SocketException)
                {
                    return false;
                }
            },
            up => up);
}
