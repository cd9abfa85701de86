using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CsCheck;
using HuiShang.Gateway.Tests.Infrastructure;
using Xunit.Abstractions;

namespace HuiShang.Gateway.Tests.Fuzz;

/// <summary>
/// Issue 12: every write the gateway's OpenAPI document lists, fuzzed against the real services
/// (<see cref="FuzzStack"/>) with generated requests (<see cref="RequestGenerator"/>), one at a time,
/// for a bounded number of samples: the answer is never a 5xx; a refusal is problem+json with a
/// type and its own status; and a refusal wrote nothing — every row of every service database is
/// the same before and after it. Records the fuzzer creates on the way are learnt and fuzzed next.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class GatewayFuzzTests(FuzzStack stack, ITestOutputHelper output) : IDisposable
{
    /// <summary>Rounds over all writes; each round starts from the records the earlier ones reached.</summary>
    private const int Rounds = 4;

    private const int SamplesPerWriteAndRound = 16;

    /// <summary>No new round starts after this (the samples are bounded anyway): the suite stays well inside CI's time.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(4);

    /// <summary>How long no database may change before the effects of an accepted write (events consumed elsewhere) count as done.</summary>
    private static readonly TimeSpan QuietFor = TimeSpan.FromSeconds(1);

    private readonly HttpClient _client = new(new SocketsHttpHandler()) { BaseAddress = stack.Client.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    private readonly Dictionary<string, (int Accepted, int Refused)> _tally = [];
    private readonly Dictionary<string, Dictionary<string, int>> _problems = [];

    [Fact]
    public async Task Every_write_answers_bad_input_with_a_problem_and_writes_nothing()
    {
        var document = await (await _client.GetAsync("/openapi/v1.json")).ReadJsonAsync();
        var writes = WriteOperation.AllIn(document);
        Assert.True(writes.Count >= 20, $"The OpenAPI document lists only {writes.Count} writes.");
        var state = new FuzzState();
        await LearnSeededRecordsAsync(state);
        var generator = new RequestGenerator(new SchemaSet(document), state, stack.Token);
        await QuietAsync();

        var clock = Stopwatch.StartNew();
        for (var round = 0; round < Rounds && clock.Elapsed < Budget; round++)
        {
            foreach (var write in writes)
            {
                await generator.For(write).SampleAsync(request => CheckAsync(request, state), iter: SamplesPerWriteAndRound, threads: 1);
            }
        }

        foreach (var (write, (accepted, refused)) in _tally.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var reasons = _problems.GetValueOrDefault(write, []).OrderByDescending(p => p.Value).Take(4).Select(p => $"{p.Key} ×{p.Value}");
            output.WriteLine($"{write}: {accepted} accepted, {refused} refused ({string.Join(", ", reasons)})");
        }

        // The fuzzer reached every write and got past validation often enough to move records on.
        Assert.All(writes, w => Assert.True(_tally.ContainsKey(w.ToString()), $"{w} was never called."));
        Assert.True(_tally.Values.Sum(t => t.Accepted) >= 5, $"Only {_tally.Values.Sum(t => t.Accepted)} writes were accepted: the fuzzer never got past validation.");
    }

    public void Dispose() => _client.Dispose();

    /// <summary>The seeded records as their owners read them: lists, then each record (its ETag, its rounds' ids).</summary>
    private async Task LearnSeededRecordsAsync(FuzzState state)
    {
        var reads = new (string Path, string User)[]
        {
            ("/api/calls", FuzzStack.GuangxiPlanning), ("/api/proposals", FuzzStack.GuangxiPlanning),
            ("/api/agreements", FuzzStack.GuangxiPlanning), ("/api/projects", FuzzStack.GuangxiPlanning),
        };
        foreach (var (path, user) in reads)
        {
            using var list = await _client.SendAsync(HttpMethod.Get, path, "Bearer " + stack.Token(user));
            var body = await list.Content.ReadAsStringAsync();
            Assert.True(list.IsSuccessStatusCode, $"GET {path}: {(int)list.StatusCode} {body}");
            state.Learn(path[5..], null, null, body);
            foreach (var item in JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray())
            {
                var id = item.GetProperty("id").GetString()!;
                using var read = await _client.SendAsync(HttpMethod.Get, $"{path}/{id}", "Bearer " + stack.Token(user));
                state.Learn(path[5..], id, read.Headers.ETag?.Tag, await read.Content.ReadAsStringAsync());
                if (path == "/api/agreements")
                {
                    // A signed agreement's tracking plan: its items and filings.
                    using var tracking = await _client.SendAsync(HttpMethod.Get, $"{path}/{id}/tracking", "Bearer " + stack.Token(user));
                    state.Learn("items", null, null, await tracking.Content.ReadAsStringAsync());
                    using var filings = await _client.SendAsync(HttpMethod.Get, $"{path}/{id}/filings", "Bearer " + stack.Token(user));
                    state.Learn("filings", null, null, await filings.Content.ReadAsStringAsync());
                }
            }
        }

        Assert.True(state.Ids().Length >= 8, $"The seeded records were not found: {state.Ids().Length} ids.");
    }

    private async Task CheckAsync(FuzzRequest request, FuzzState state)
    {
        var before = await StoreFingerprint.OfAsync(stack.Databases);
        using var response = await _client.SendAsync(Message(request));
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        var media = response.Content.Headers.ContentType?.MediaType;
        Assert.True(status < 500, $"{request} answered {status}: {Excerpt(body)}");
        Count(request.Operation, status < 400);
        // The user got past authorization and found the record: the rules answered (or accepted).
        if (request.User is not null && (status < 400 || status is 400 or 409 or 412 or 422 or 428))
        {
            state.Admit(request.Operation, request.User);
        }

        if (status >= 400)
        {
            Assert.True(media == "application/problem+json", $"{request} answered {status} as {media ?? "(no content type)"}: {Excerpt(body)}");
            var problem = JsonDocument.Parse(body).RootElement;
            Assert.True(problem.TryGetProperty("type", out var type) && type.GetString() is { Length: > 0 }, $"{request}: a problem without a type: {Excerpt(body)}");
            Assert.True(problem.TryGetProperty("status", out var echoed) && echoed.GetInt32() == status, $"{request}: the problem's status is not {status}: {Excerpt(body)}");
            var reasons = _problems.TryGetValue(request.Operation.ToString(), out var seen) ? seen : _problems[request.Operation.ToString()] = [];
            var reason = $"{status} {type.GetString()![(type.GetString()!.LastIndexOf('/') + 1)..]}";
            reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
            var after = await StoreFingerprint.OfAsync(stack.Databases);
            var changed = StoreFingerprint.Changed(before, after);
            Assert.True(changed.Length == 0, $"{request} was refused with {status} but changed {string.Join(", ", changed)}: {Excerpt(body)}");
        }
        else
        {
            Assert.True(body.Length == 0 || media == "application/json", $"{request} answered {status} as {media}: {Excerpt(body)}");
            state.Learn(request.Operation.PathTemplate.Split('/')[2], request.TargetId, response.Headers.ETag?.Tag, body);
            await QuietAsync();
        }
    }

    private static HttpRequestMessage Message(FuzzRequest request)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Operation.Method), request.Path);
        Add(message, "Authorization", request.Authorization);
        Add(message, "If-Match", request.IfMatch);
        Add(message, "Idempotency-Key", request.IdempotencyKey);
        if (request.Body is { } body)
        {
            message.Content = new StringContent(body, Encoding.UTF8);
            message.Content.Headers.Remove("Content-Type");
            message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
            // A client sending a large body waits to be told it may (a 413 is read, not raced by a reset).
            message.Headers.ExpectContinue = body.Length > 64 * 1024;
        }

        return message;
    }

    /// <summary>Header values go out as given, except what HTTP itself cannot carry (the client would refuse to send it).</summary>
    private static void Add(HttpRequestMessage message, string name, string? value)
    {
        if (value is not null && value.All(c => c is >= ' ' and <= '~'))
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }
    }

    /// <summary>After an accepted write the events it raised are consumed elsewhere: wait until no database changes any more.</summary>
    private async Task QuietAsync()
    {
        var last = await StoreFingerprint.OfAsync(stack.Databases);
        var stableSince = Stopwatch.StartNew();
        var overall = Stopwatch.StartNew();
        while (stableSince.Elapsed < QuietFor && overall.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(150);
            var next = await StoreFingerprint.OfAsync(stack.Databases);
            if (StoreFingerprint.Changed(last, next).Length > 0)
            {
                last = next;
                stableSince.Restart();
            }
        }
    }

    private void Count(WriteOperation write, bool accepted)
    {
        var (a, r) = _tally.GetValueOrDefault(write.ToString());
        _tally[write.ToString()] = accepted ? (a + 1, r) : (a, r + 1);
    }

    private static string Excerpt(string body) => body.Length <= 800 ? body : body[..800] + "…";
}
