using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using HuiShang.Notifications.Domain.Webhooks;
using StandardWebhooks;

namespace HuiShang.Notifications.Webhooks;

/// <summary>
/// One POST of a delivery, signed per Standard Webhooks (webhook-id, webhook-timestamp,
/// webhook-signature "v1,&lt;base64 HMAC-SHA256 of id.timestamp.body&gt;", one per valid secret,
/// space-separated, so a receiver that still holds the previous secret verifies during a rotation).
/// </summary>
public sealed class WebhookSender(IHttpClientFactory clients, WebhookOptions options, TimeProvider time)
{
    public const string HttpClientName = "webhooks";

    private const int ExcerptBytes = 2048;

    public async Task<AttemptOutcome> SendAsync(Subscription subscription, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var id = delivery.EventId.ToString();
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
        {
            Content = new StringContent(delivery.Body, Encoding.UTF8, CloudEventEnvelope.MediaType),
        };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", SignatureHeader([.. subscription.SigningSecrets(now).Select(s => new StandardWebhook(s).Sign(id, now, delivery.Body))]));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("HuiShang-Webhooks", "1"));

        var started = Stopwatch.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var excerpt = await ExcerptAsync(response, timeout.Token);
            var status = (int)response.StatusCode;
            var detail = status is >= 300 and < 400
                ? $"Redirect to {response.Headers.Location} not followed: the subscription's URL must answer itself. {excerpt}"
                : excerpt;
            var retryAfter = status is 429 or 503 ? RetryAfter(response.Headers.RetryAfter, now) : null;
            return new AttemptOutcome(status, Elapsed(started), detail, retryAfter);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return AttemptOutcome.NoAnswer(Elapsed(started), $"No answer within {options.Timeout.TotalSeconds:0.#} s.");
        }
        catch (HttpRequestException ex)
        {
            return AttemptOutcome.NoAnswer(Elapsed(started), ex.InnerException is { } inner ? $"{ex.Message} {inner.Message}" : ex.Message);
        }
    }

    /// <summary>
    /// The signatures, space-separated. With several (a rotation), the first is repeated at the end:
    /// the .NET StandardWebhooks 1.1.2 verifier never compares the last entry of a multi-signature
    /// header (decision 019), and a duplicate is harmless to every other verifier.
    /// </summary>
    internal static string SignatureHeader(IReadOnlyList<string> signatures) =>
        string.Join(' ', signatures.Count > 1 ? [.. signatures, signatures[0]] : signatures);

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };

    /// <summary>Only the first bytes of an answer are read and kept: a receiver's body is not ours to store.</summary>
    private static async Task<string> ExcerptAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[ExcerptBytes];
        var read = 0;
        while (read < buffer.Length && await stream.ReadAsync(buffer.AsMemory(read), cancellationToken) is var n and > 0)
        {
            read += n;
        }

        return Encoding.UTF8.GetString(buffer, 0, read);
    }

    private static int Elapsed(long started) => (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}
