using System.Text;
using CloudNative.CloudEvents.SystemTextJson;
using HuiShang.Contracts.Notifications.V1;
using HuiShang.Notifications.Domain;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;

namespace HuiShang.Notifications.Tests.Webhooks;

/// <summary>What a city system's endpoint receives: a CloudEvents 1.0 structured event, verifiable with the Standard Webhooks library.</summary>
public sealed class SignedDeliveryTests
{
    [Fact]
    public async Task A_signed_agreement_reaches_the_city_system_as_a_signed_cloud_event_whose_id_is_the_integration_event_id()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await WebhookHost.StartAsync();
        var subscription = await host.SubscribeAsync("city-system@450100", receiver.Url("/hooks"), NotificationTypes.AgreementSigned);
        var signed = SampleEvents.Signed();
        var messageId = Guid.NewGuid();

        await host.PublishAsync(signed, messageId);
        var received = Assert.Single(await Eventually.GetAsync(() => Task.FromResult(receiver.At("/hooks")), r => r.Count > 0));

        Assert.StartsWith("whsec_", subscription.Secret, StringComparison.Ordinal);
        new StandardWebhook(subscription.Secret).Verify(received.Body, received.Headers);
        Assert.Equal(messageId.ToString(), received.WebhookId);
        Assert.StartsWith("application/cloudevents+json", received.Headers.ContentType.ToString(), StringComparison.Ordinal);
        var cloudEvent = new JsonEventFormatter().DecodeStructuredModeMessage(Encoding.UTF8.GetBytes(received.Body), null, null);
        Assert.Equal(messageId.ToString(), cloudEvent.Id);
        Assert.Equal("cn.huishang.agreement.signed.v1", cloudEvent.Type);
        Assert.Equal(signed.AgreementId.ToString(), cloudEvent.Subject);
        Assert.Equal("https://huishang.dev/regions/450100", cloudEvent.Source!.ToString());
        Assert.Equal("application/json", cloudEvent.DataContentType);
        Assert.NotNull(cloudEvent.Time);
        Assert.Contains("\"agreementId\":\"" + signed.AgreementId, received.Body, StringComparison.Ordinal);
        Assert.Contains("\"specversion\":\"1.0\"", received.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_body_or_another_secret_does_not_verify()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await WebhookHost.StartAsync();
        await host.SubscribeAsync("city-system@450100", receiver.Url("/hooks"));
        await host.PublishAsync(SampleEvents.Submitted());
        var received = (await Eventually.GetAsync(() => Task.FromResult(receiver.At("/hooks")), r => r.Count > 0))[0];

        var other = Domain.Webhooks.WebhookSecret.New();
        Assert.Throws<WebhookVerificationException>(() => new StandardWebhook(other).Verify(received.Body, received.Headers));
    }

    [Fact]
    public async Task The_secret_is_shown_once_never_in_reads_and_a_rotation_signs_with_both_secrets_during_the_grace_period()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await WebhookHost.StartAsync();
        var created = await host.SubscribeAsync("city-system@450100", receiver.Url("/hooks"));
        var read = await host.Channel.UnaryAsync(NotificationsApi.GetSubscription, new SubscriptionRef { Id = created.Subscription.Id }, host.As("city-system@450100"));
        Assert.DoesNotContain(created.Secret, read.ToString(), StringComparison.Ordinal);

        var rotated = await host.Channel.UnaryAsync(NotificationsApi.RotateSecret, new SubscriptionRef { Id = created.Subscription.Id }, host.As("city-system@450100"));
        Assert.NotEqual(created.Secret, rotated.Secret);
        Assert.NotNull(rotated.Subscription.PreviousSecretExpiresAt);
        await host.PublishAsync(SampleEvents.Submitted());
        var received = (await Eventually.GetAsync(() => Task.FromResult(receiver.At("/hooks")), r => r.Count > 0))[0];

        Assert.Equal(2, received.Headers["webhook-signature"].ToString().Split(' ').Distinct().Count());
        new StandardWebhook(created.Secret).Verify(received.Body, received.Headers);
        new StandardWebhook(rotated.Secret).Verify(received.Body, received.Headers);
    }

    [Fact]
    public async Task After_the_grace_period_only_the_new_secret_signs()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var settings = WebhookHost.FastSettings();
        settings["Webhooks:SecretGracePeriod"] = "00:00:00.001";
        await using var host = await WebhookHost.StartAsync(settings);
        var created = await host.SubscribeAsync("city-system@450100", receiver.Url("/hooks"));
        var rotated = await host.Channel.UnaryAsync(NotificationsApi.RotateSecret, new SubscriptionRef { Id = created.Subscription.Id }, host.As("city-system@450100"));

        await host.PublishAsync(SampleEvents.Submitted());
        var received = (await Eventually.GetAsync(() => Task.FromResult(receiver.At("/hooks")), r => r.Count > 0))[0];

        new StandardWebhook(rotated.Secret).Verify(received.Body, received.Headers);
        Assert.Throws<WebhookVerificationException>(() => new StandardWebhook(created.Secret).Verify(received.Body, received.Headers));
    }

    [Fact]
    public async Task The_event_catalogue_lists_each_type_with_a_schema_and_an_example_of_that_type()
    {
        await using var host = await WebhookHost.StartAsync();
        var types = await host.Channel.UnaryAsync(NotificationsApi.ListEventTypes, new ListEventTypesRequest(), host.As("city-system@450100"));

        Assert.Contains(types.Items, t => t.Type == NotificationTypes.AgreementSigned);
        Assert.All(types.Items, t =>
        {
            Assert.Contains("\"properties\"", t.DataSchemaJson, StringComparison.Ordinal);
            Assert.Contains($"\"type\": \"{t.Type}\"", t.ExampleJson, StringComparison.Ordinal);
        });
    }
}
