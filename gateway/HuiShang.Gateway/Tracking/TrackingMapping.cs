using V1 = HuiShang.Contracts.Evaluation.V1;

namespace HuiShang.Gateway.Tracking;

/// <summary>Tracking: JSON models ↔ evaluation messages, by hand. Empty texts and zero periods read as null.</summary>
internal static class TrackingMapping
{
    public static V1.FileLedgerRequest ToMessage(LedgerRequest request, long expectedRevision)
    {
        var message = new V1.FileLedgerRequest
        {
            AgreementId = request.AgreementId?.ToString() ?? "",
            Year = request.Year ?? 0,
            Quarter = request.Quarter ?? 0,
            ExpectedRevision = (int)expectedRevision,
        };
        message.Entries.AddRange(Entries(request.Entries));
        return message;
    }

    public static V1.FileAnnualReportRequest ToMessage(AnnualReportRequest request, long expectedRevision)
    {
        var message = new V1.FileAnnualReportRequest
        {
            AgreementId = request.AgreementId?.ToString() ?? "",
            Year = request.Year ?? 0,
            Summary = request.Summary ?? "",
            ExpectedRevision = (int)expectedRevision,
        };
        message.Entries.AddRange(Entries(request.Entries));
        return message;
    }

    public static V1.FileImplementationPlanRequest ToMessage(Guid id, ImplementationPlanRequest request, long expectedRevision)
    {
        var message = new V1.FileImplementationPlanRequest
        {
            AgreementId = id.ToString(),
            Timetable = request.Timetable ?? "",
            Roadmap = request.Roadmap ?? "",
            ExpectedRevision = (int)expectedRevision,
        };
        message.ResponsiblePeople.AddRange(request.ResponsiblePeople ?? []);
        return message;
    }

    public static V1.AssignItemsRequest ToMessage(Guid id, TaskAssignmentsRequest request)
    {
        var message = new V1.AssignItemsRequest { AgreementId = id.ToString() };
        message.Assignments.AddRange((request.Assignments ?? []).Select(a => new V1.ItemAssignment { ItemId = a?.ItemId?.ToString() ?? "", Division = a?.Division ?? "" }));
        return message;
    }

    public static TrackingResponse ToResponse(V1.TrackingView view) => new(
        view.AgreementId,
        view.RegionCode,
        view.JurisdictionCode,
        view.Tier,
        view.Year,
        WireValues.ParseDate(view.SignedOn, "signed_on"),
        view.Status,
        WireValues.ParseDate(view.FulfilledOn, "fulfilled_on"),
        view.PolicyVersion,
        Text(view.ReportingRuleId),
        Summary(view.Summary ?? new V1.TrackingSummary()),
        view.Items.Select(Item).ToList(),
        view.Periods.Select(p => new PeriodResponse(
            p.Kind, Number(p.Year), Number(p.Quarter), WireValues.ParseDate(p.DueOn, "periods.due_on"), p.State, p.LatestRevision,
            WireValues.ParseInstant(p.FiledAt, "periods.filed_at"), p.EscalationLevel, p.Cleared)).ToList(),
        view.Revision);

    public static TrackingOverviewListResponse ToResponse(V1.ListTrackingReply reply) => new(
        reply.Items.Select(o => new TrackingOverviewResponse(
            o.AgreementId, o.RegionCode, o.Tier, o.Year, WireValues.ParseDate(o.SignedOn, "signed_on"), o.Status, o.ItemCount, o.CompletedCount, o.OverdueCount)).ToList(),
        PageParameters.Next(reply.Page));

    public static FilingResponse ToResponse(V1.Filing filing) => new(
        filing.Id,
        filing.AgreementId,
        filing.Kind,
        Number(filing.Year),
        Number(filing.Quarter),
        filing.Revision,
        WireValues.ParseDate(filing.DueOn, "due_on"),
        Text(filing.RuleId),
        WireValues.ParseInstant(filing.FiledAt, "filed_at"),
        filing.FiledBy,
        filing.Late,
        filing.Status,
        Text(filing.ReturnedReason),
        Text(filing.ReturnedBy),
        WireValues.ParseInstant(filing.ReturnedAt, "returned_at"),
        Text(filing.Summary),
        Text(filing.Timetable),
        Text(filing.Roadmap),
        filing.ResponsiblePeople.ToList(),
        filing.Entries.Select(e => new FilingEntryResponse(
            e.ItemId, e.Status, Text(e.Progress), WireValues.OptionalMoney(e.MoneyArrived, "entries.money_arrived"), Text(e.Milestone), e.Attachments.ToList())).ToList());

    public static FilingListResponse ToResponse(V1.ListFilingsReply reply) => new(
        reply.Items.Select(f => new FilingSummaryResponse(
            f.Id, f.Kind, Number(f.Year), Number(f.Quarter), f.Revision, WireValues.ParseInstant(f.FiledAt, "filed_at"), f.FiledBy, f.Late, f.Status)).ToList(),
        PageParameters.Next(reply.Page));

    private static IEnumerable<V1.FilingEntry> Entries(IReadOnlyList<FilingEntryRequest>? entries) => (entries ?? []).Select(e =>
    {
        var entry = new V1.FilingEntry
        {
            ItemId = e?.ItemId?.ToString() ?? "",
            Status = e?.Status ?? "",
            Progress = e?.Progress ?? "",
            MoneyArrived = WireValues.Money(e?.MoneyArrived),
            Milestone = e?.Milestone ?? "",
        };
        entry.Attachments.AddRange(e?.Attachments ?? []);
        return entry;
    });

    private static TrackingSummaryResponse Summary(V1.TrackingSummary s) => new(
        s.ItemCount, s.CompletedCount, s.DoneCount, s.OverdueItemCount, s.OverdueFilingCount, s.LateFilingCount, s.CityItemCount, s.ProvinceItemCount);

    private static ObligationResponse Item(V1.Obligation i) => new(
        i.Id, i.Position, i.Title, i.Field, i.OwnerSide, i.LeadUnit, i.CoUnits.ToList(), i.ResponsiblePerson, WireValues.ParseDate(i.DueOn, "items.due_on"),
        Text(i.Division), i.Status, i.Overdue, i.EscalationLevel, Text(i.Evidence), WireValues.ParseInstant(i.DoneAt, "items.done_at"),
        WireValues.ParseInstant(i.AcceptedAt, "items.accepted_at"), Text(i.ReturnedReason));

    private static string? Text(string value) => value.Length == 0 ? null : value;

    private static int? Number(int value) => value == 0 ? null : value;
}
