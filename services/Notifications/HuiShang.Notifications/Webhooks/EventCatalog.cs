using System.Text.Json;
using System.Text.Json.Schema;

namespace HuiShang.Notifications.Webhooks;

/// <summary>
/// Every event type a subscription may name (GET /api/event-types, docs/webhooks/events.md): the
/// type is versioned in its name (….v1); a change that breaks receivers becomes a new ….v2 type.
/// </summary>
public static class EventCatalog
{
    private static readonly DateTimeOffset ExampleTime = new(2026, 6, 18, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid ExampleId = Guid.Parse("0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b");
    private static readonly Guid ExampleSubject = Guid.Parse("0193a1b2-0000-7000-8000-000000000001");

    public static readonly IReadOnlyList<EventTypeInfo> All =
    [
        new(NotificationTypes.ProposalSubmitted, "A city submitted its consultation proposal (GX-10, GX-14).", typeof(ProposalSubmitted),
            new ProposalSubmitted(ExampleSubject, "450100", "450000", "南宁市 2026 年厅市会商建议", 3, ExampleTime, "city-bureau@450100")),
        new(NotificationTypes.AgreementSigned, "Both sides signed the agreement (GX-17, HB-16(四)); implementation starts (GX-19).", typeof(AgreementSigned),
            new AgreementSigned(ExampleSubject, Guid.Empty, "round", null, "450100", "450000", "Key", 2026, 3,
                [new AgreedItemTerms("新能源汽车零部件", "new-energy", "city", "南宁市科技局", [], "张三", new DateOnly(2027, 6, 30))],
                new DateOnly(2026, 6, 18), null, "province-director@450000", "city-leader@450100", "gx/2019-01-01", ExampleTime)),
        new(NotificationTypes.AgreementExpiring, "A framework agreement expires soon: both sides decide on renewal (HB-15).", typeof(AgreementExpiring),
            new AgreementExpiring(ExampleSubject, "130100", "130000", new DateOnly(2031, 5, 1), 90, ExampleTime)),
        new(NotificationTypes.CommentRoundOverdue, "Divisions have not commented by the due date (GX-15).", typeof(CommentRoundOverdue),
            new CommentRoundOverdue(ExampleSubject, Guid.Empty, "450100", "450000", ["high-tech"], new DateOnly(2026, 3, 20), ExampleTime)),
        new(NotificationTypes.MatchingShortfallDetected, "Matching funds are behind their share past the deadline (XJ-4.2, XJ-4.3).", typeof(MatchingShortfallDetected),
            new MatchingShortfallDetected(ExampleSubject, "650100", "650102", "650000", "district", 1_200_000m, 200_000m, new DateOnly(2025, 9, 30), "XJ-4.2", ExampleTime)),
        new(NotificationTypes.LedgerOverdue, "A quarter's implementation ledger (台账) was not filed by its due date; escalation level 0, 1, 2 (GX-19).", typeof(LedgerOverdue),
            new LedgerOverdue(ExampleSubject, "450100", "450000", 2026, 2, new DateOnly(2026, 7, 15), 0, "GX-19", ExampleTime)),
        new(NotificationTypes.AnnualReportOverdue, "The annual implementation report was not filed by its due date (GX-19: 12-25).", typeof(AnnualReportOverdue),
            new AnnualReportOverdue(ExampleSubject, "450100", "450000", 2026, new DateOnly(2026, 12, 25), 0, "GX-19", ExampleTime)),
        new(NotificationTypes.ObligationOverdue, "An agreed item is past its due date and not done (GX-18, HB-21, XJ-5.3).", typeof(ObligationOverdue),
            new ObligationOverdue(ExampleSubject, Guid.Empty, "450100", "450000", "新能源汽车零部件", "city", "", new DateOnly(2027, 6, 30), 0, "GX-18", ExampleTime)),
    ];

    public static bool Contains(string type) => All.Any(t => t.Type == type);

    public static string SchemaOf(EventTypeInfo info) =>
        CloudEventEnvelope.DataJson.GetJsonSchemaAsNode(info.DataType, new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true })
            .ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    public static string ExampleOf(EventTypeInfo info)
    {
        var region = info.Example.GetType().GetProperty("RegionCode")?.GetValue(info.Example) as string ?? "";
        var json = CloudEventEnvelope.Encode(ExampleId, info.Type, ExampleSubject.ToString(), region, ExampleTime, info.Example);
        return JsonSerializer.Serialize(JsonDocument.Parse(json), new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}

public sealed record EventTypeInfo(string Type, string Description, Type DataType, object Example);
