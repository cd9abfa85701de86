using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace HuiShang.Gateway.Tests.Fuzz;

/// <summary>A generated request; printed as CsCheck reports the smallest failing one.</summary>
public sealed record FuzzRequest(
    WriteOperation Operation, string Path, string? TargetId, string? User, string? Authorization,
    string? IfMatch, string? IdempotencyKey, string? Body, string ContentType)
{
    public override string ToString() =>
        $"{Operation.Method} {Path} as {User ?? Authorization ?? "(anonymous)"}"
        + (IfMatch is null ? "" : $", If-Match: {Excerpt(IfMatch)}")
        + (IdempotencyKey is null ? "" : $", Idempotency-Key: {Excerpt(IdempotencyKey)}")
        + $", {ContentType} body: {Excerpt(Body ?? "(none)")}";

    private static string Excerpt(string text) => text.Length <= 600 ? text : $"{text[..600]}… ({text.Length} chars)";
}

/// <summary>
/// Generates requests for one write from its OpenAPI schema: mostly well-typed bodies with values
/// drawn from the domain's vocabulary, the records seen so far and hostile text — some good enough to
/// succeed and move records on — mixed with missing and mistyped fields, malformed JSON, stale or
/// forged If-Match, odd Idempotency-Keys, and every kind of caller including none and a forged token.
/// </summary>
public sealed class RequestGenerator(SchemaSet schemas, FuzzState state, Func<string, string> tokenFor)
{
    /// <summary>Callers of every kind around the seeded Guangxi records (the tenancy matrices' columns).</summary>
    private static readonly string[] Users =
    [
        "city-bureau@450100", "city-leader@450100", "city-system@450100", "city-bureau@450200", "city-leader@450200",
        "province-planning@450000", "province-division.high-tech@450000", "province-director@450000", "expert.1@450000",
        "city-bureau@130100", "province-planning@130000", "district@650102", "admin@000000",
    ];

    /// <summary>The users who act on the seeded records (weighted up: a write by anyone else is refused before it reaches the rules).</summary>
    private static readonly string[] Actors =
    [
        "province-planning@450000", "province-planning@450000", "city-bureau@450100", "city-bureau@450200",
        "province-director@450000", "city-leader@450100", "province-division.high-tech@450000",
    ];

    /// <summary>The words the API's descriptions name (decisions, sides, modes, statuses, fields, sources).</summary>
    private static readonly string[] Vocabulary =
    [
        "approve", "return", "object", "adopted", "partly-adopted", "not-adopted", "province", "city",
        "open-call", "directed", "lump-sum", "揭榜制", "定向制", "包干制", "upper", "city-level", "district", "arrived", "spent",
        "Implementation", "MidTermCheck", "Accepted", "Terminated", "standard", "review", "self",
        "new-energy", "major-needs", "high-tech", "450102", "city-bureau@450100", "admin@000000",
    ];

    /// <summary>Text a careless or hostile client sends: control characters, bidi overrides, lone surrogates, markup, numbers as text.</summary>
    private static readonly string[] Hostile =
    [
        "", " ", "\0", "a\u0000b", "\u202Eevil", "\u2066isolate", "\u0007bell", "line\r\nbreak", "tab\there", "😀", "\uFFFE",
        "\uD800", "' OR 1=1 --", "<script>alert(1)</script>", "../../etc/passwd", "%00", "null", "-1", "1e309", "2026-02-30", "９９",
    ];

    private static readonly Gen<string> Words = Gen.String["会商科技合作南宁柳州项目资金abcXYZ 0123456789-"].Where(s => s.Length <= 40);

    /// <summary>
    /// Half the requests are careful — a user the write admitted before, ids of the right kind, the
    /// record's ETag, a complete and well-typed body of plausible values — so that some pass
    /// validation and move records on; the other half are careless or hostile throughout.
    /// </summary>
    public Gen<FuzzRequest> For(WriteOperation operation) =>
        Gen.Frequency((50, Request(operation, hostile: false)), (50, Request(operation, hostile: true)));

    private Gen<FuzzRequest> Request(WriteOperation operation, bool hostile)
    {
        var ids = operation.PathParameters.Select(p => PathValue(KindOf(operation, p), hostile)).ToArray();
        var contentType = hostile
            ? Gen.Frequency((70, Just("application/json")), (10, Just("text/plain")), (10, Just("application/json; charset=utf-16")), (10, Just("application/xml")))
            : Just("application/json");
        var idempotencyKey = hostile ? HostileIdempotencyKey : Gen.Frequency((50, Just<string?>(null)), (50, Gen.Guid.Select(g => (string?)g.ToString())));
        return Gen.Select(Concat(ids), Caller(operation, hostile), Body(operation, hostile), contentType, idempotencyKey)
            .SelectMany((pathValues, caller, body, type, key) =>
            {
                var path = operation.PathTemplate;
                for (var i = 0; i < pathValues.Length; i++)
                {
                    path = path.Replace("{" + operation.PathParameters[i] + "}", Uri.EscapeDataString(pathValues[i]));
                }

                var target = pathValues.FirstOrDefault();
                return IfMatchFor(target, hostile).Select(ifMatch =>
                    new FuzzRequest(operation, path, target, caller.User, caller.Authorization, ifMatch, key, body, type));
            });
    }

    /// <summary>"{id}" in /api/proposals/{id} is a proposal's; "{roundId}" a round's.</summary>
    private static string KindOf(WriteOperation operation, string parameter)
    {
        if (parameter != "id")
        {
            return FuzzState.KindOf(parameter);
        }

        var segments = operation.PathTemplate.Split('/');
        return FuzzState.KindOf(segments[System.Array.IndexOf(segments, "{id}") - 1]);
    }

    private Gen<(string? User, string? Authorization)> Caller(WriteOperation operation, bool hostile)
    {
        var anyone = Gen.Frequency((50, Gen.OneOf(Actors)), (50, Gen.OneOf(Users))).Select(Bearer);
        if (!hostile)
        {
            var admitted = state.AdmittedTo(operation);
            return admitted.Length == 0 ? Gen.OneOf(Actors).Select(Bearer) : Gen.Frequency((80, Gen.OneOf(admitted).Select(Bearer)), (20, anyone));
        }

        return Gen.Frequency(
            (70, anyone),
            (10, Just<(string?, string?)>((null, null))),
            (10, Just<(string?, string?)>((null, "Bearer not-a-token"))),
            (10, Just<(string?, string?)>((null, "Basic dXNlcjpwYXNz"))));
    }

    private (string? User, string? Authorization) Bearer(string user) => (user, "Bearer " + tokenFor(user));

    private static Gen<string?> HostileIdempotencyKey => Gen.Frequency(
        (50, Just<string?>(null)),
        (20, Gen.Guid.Select(g => (string?)g.ToString())),
        (15, Gen.OneOf(Hostile).Select(s => (string?)s)),
        (15, Gen.Int[200, 5000].Select(n => (string?)new string('k', n))));

    /// <summary>A path id: a record of the kind seen so far, an unknown id, or (hostile) not an id at all.</summary>
    private Gen<string> PathValue(string kind, bool hostile)
    {
        var known = state.Ids(kind);
        var unknown = Gen.Guid.Select(g => g.ToString());
        if (!hostile)
        {
            return known.Length == 0 ? unknown : Gen.OneOf(known);
        }

        var junk = Gen.OneOf("not-an-id", "..", "%2F", "0", "00000000-0000-0000-0000-000000000000", new string('9', 300), "😀");
        return known.Length == 0
            ? Gen.Frequency((50, unknown), (50, junk))
            : Gen.Frequency((50, Gen.OneOf(state.Ids())), (25, unknown), (25, junk));
    }

    private Gen<string?> IfMatchFor(string? target, bool hostile)
    {
        var seen = target is null ? null : state.ETagOf(target);
        if (!hostile)
        {
            return Just(seen);
        }

        var forged = Gen.OneOf<string?>("\"0\"", "W/\"1\"", "*", "\"\"", "garbage", "\"999999999999\"", "\"1\", \"2\"");
        return seen is null
            ? Gen.Frequency((50, Just<string?>(null)), (50, forged))
            : Gen.Frequency((40, Just<string?>(seen)), (20, Just<string?>(null)), (40, forged));
    }

    private Gen<string?> Body(WriteOperation operation, bool hostile)
    {
        var wellTyped = operation.BodySchema is { } schema
            ? Value(schema, name: null, depth: 0, hostile).Select(node => node?.ToJsonString())
            : Just<string?>(null);
        if (!hostile)
        {
            return wellTyped;
        }

        return Gen.Frequency(
            (84, wellTyped),
            (4, Gen.OneOf<string?>("{", "{\"title\": ", "[]", "null", "42", "\"text\"", "{\"a\":1}{", "\uFEFF{}")),
            (4, Just<string?>(null)),
            (3, Just<string?>("{}")),
            // Deeply nested and oversized bodies: the parser's depth limit and the gateway's size limit.
            (2, Gen.Int[65, 400].Select(n => (string?)(new string('[', n) + new string(']', n)))),
            (3, Gen.Int[1_100_000, 1_300_000].Select(n => (string?)$"{{\"title\": \"{new string('长', n / 3)}\", \"text\": \"x\"}}")));
    }

    /// <summary>A value for <paramref name="schema"/>: usually of its type, sometimes null, missing-typed or of another type.</summary>
    private Gen<JsonNode?> Value(JsonElement schema, string? name, int depth, bool hostile)
    {
        schema = schemas.Resolve(schema);
        var typed = SchemaSet.TypeOf(schema) switch
        {
            "object" when depth < 4 => Object(schema, depth, hostile),
            "array" when depth < 4 => Array(schema, name, depth, hostile),
            "string" => Text(SchemaSet.FormatOf(schema), name, hostile).Select(s => (JsonNode?)JsonValue.Create(s)),
            "number" => Number(hostile).Select(n => (JsonNode?)JsonValue.Create(n)),
            "integer" => Integer(name, hostile).Select(n => (JsonNode?)JsonValue.Create(n)),
            "boolean" => Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
            _ => Just<JsonNode?>(null),
        };
        return hostile ? Gen.Frequency((85, typed), (5, Just<JsonNode?>(null)), (10, WrongType)) : typed;
    }

    private Gen<JsonNode?> Object(JsonElement schema, int depth, bool hostile)
    {
        var required = schema.TryGetProperty("required", out var names) ? names.EnumerateArray().Select(n => n.GetString()!).ToHashSet() : [];
        Gen<List<KeyValuePair<string, JsonNode?>>> fields = Just(new List<KeyValuePair<string, JsonNode?>>());
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                var name = property.Name;
                var value = Value(property.Value, name, depth + 1, hostile);
                // A required field is left out now and then (only by a careless client), an optional one more often.
                var keep = required.Contains(name) ? (hostile ? 85 : 100) : 50;
                var field = Gen.Frequency((keep, value.Select(v => (Present: true, Value: v))), (100 - keep, Just((Present: false, Value: (JsonNode?)null))));
                fields = fields.SelectMany(list => field.Select(f => f.Present ? [.. list, new(name, f.Value)] : list));
            }
        }

        var extra = hostile ? Gen.Frequency((90, Just(false)), (10, Just(true))) : Just(false);
        return Gen.Select(fields, extra, (list, withExtra) =>
        {
            var node = new JsonObject(list.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, p.Value?.DeepClone())));
            if (withExtra)
            {
                node["unexpected"] = "field";
            }

            return (JsonNode?)node;
        });
    }

    private Gen<JsonNode?> Array(JsonElement schema, string? name, int depth, bool hostile)
    {
        var items = schema.TryGetProperty("items", out var itemSchema) ? Value(itemSchema, name, depth + 1, hostile) : Just<JsonNode?>(null);
        var few = items.Array[hostile ? 0 : 1, 4].Select(a => (JsonNode?)new JsonArray(a.Select(n => n?.DeepClone()).ToArray()));
        return hostile
            ? Gen.Frequency((85, few), (15, items.Array[150, 400].Select(a => (JsonNode?)new JsonArray(a.Select(n => n?.DeepClone()).ToArray()))))
            : few;
    }

    private Gen<string> Text(string? format, string? name, bool hostile)
    {
        var plausible = format switch
        {
            "uuid" => state.Ids(name is "key" or "general" ? "proposal" : FuzzState.KindOf(name ?? "id")) is { Length: > 0 } known
                ? Gen.OneOf(known)
                : Gen.Guid.Select(g => g.ToString()),
            "date" => Gen.Int[-30, 400].Select(days => FuzzStack.Today.AddDays(days).ToString("yyyy-MM-dd")),
            _ when name == "at" => Gen.Int[1, 90].Select(days => FuzzStack.Today.AddDays(days).ToString("yyyy-MM-dd'T'09:30")),
            _ => Gen.Frequency((50, Gen.OneOf(Vocabulary)), (50, Words.Where(w => w.Trim().Length > 0))),
        };
        if (!hostile)
        {
            return plausible;
        }

        var careless = format switch
        {
            "uuid" => Gen.Frequency((50, Gen.Guid.Select(g => g.ToString())), (50, Gen.OneOf(Hostile))),
            "date" => Gen.OneOf("2026-02-30", "2026-13-01", "26-1-1", "2026/06/01", "0001-01-01", "9999-12-31", "", "today"),
            _ when name == "at" => Gen.OneOf("2026-02-17T25:00", "2026-02-17", "2026-02-17T09:30:00Z", "noon", "0001-01-01T00:00"),
            _ => Gen.Frequency((60, Gen.OneOf(Hostile)), (30, Gen.String[0, 30]), (10, Gen.Int[4_000, 70_000].Select(n => new string('长', n)))),
        };
        return Gen.Frequency((50, plausible), (50, careless));
    }

    private static Gen<int> Integer(string? name, bool hostile)
    {
        var plausible = name == "year" ? Gen.Int[2025, 2028] : Gen.Int[1, 4];
        return hostile ? Gen.Frequency((50, plausible), (50, Gen.OneOf(int.MinValue, -1, 0, int.MaxValue, 1_000_000))) : plausible;
    }

    private static Gen<decimal> Number(bool hostile)
    {
        var plausible = Gen.Frequency((70, Gen.Int[1, 500].Select(n => n * 10_000m)), (30, Gen.Int[1, 30].Select(n => n / 10m)));
        return hostile
            ? Gen.Frequency((40, plausible), (60, Gen.OneOf(0m, -1m, 0.001m, 1.005m, 9_007_199_254_740_993m, 79_228_162_514_264_337_593_543_950_335m)))
            : plausible;
    }

    private static Gen<JsonNode?> WrongType => Gen.OneOf<Func<JsonNode?>>(
        () => JsonValue.Create("text"), () => JsonValue.Create(0), () => JsonValue.Create(true),
        () => new JsonArray(), () => new JsonObject(), () => new JsonArray(JsonValue.Create(1), null)).Select(make => make());

    /// <summary>Gen.Const without its overload for factories (a null literal would fit both).</summary>
    private static Gen<T> Just<T>(T value) => Gen.Const(value);

    private static Gen<string[]> Concat(Gen<string>[] parts) =>
        parts.Aggregate(Just(System.Array.Empty<string>()), (all, part) => all.SelectMany(list => part.Select(p => (string[])[.. list, p])));
}
