using HuiShang.Contracts.Common.V1;
using HuiShang.Evaluation.Domain;
using HuiShang.ServiceDefaults.Identity;
using Proto = HuiShang.Contracts.Evaluation.V1;

namespace HuiShang.Evaluation.Grpc;

/// <summary>Domain → messages, by hand.</summary>
internal static class TrackingMessages
{
    public static Proto.TrackingView ToView(this TrackingPlan plan, IReadOnlyList<Filing> filings, PlatformCaller caller, DateOnly today)
    {
        var items = plan.Items.Where(caller.MaySee).ToList();
        var view = new Proto.TrackingView
        {
            AgreementId = plan.Id.ToString(),
            RegionCode = plan.RegionCode,
            JurisdictionCode = plan.JurisdictionCode,
            Tier = plan.Tier,
            Year = plan.Year,
            SignedOn = Date.From(plan.SignedOn),
            Status = plan.Status.ToString(),
            PolicyVersion = plan.Terms.PolicyVersion,
            ReportingRuleId = plan.Terms.ReportingRuleId,
            Revision = plan.Revision,
            FulfilledOn = Date.From(plan.FulfilledOn),
        };
        view.Items.AddRange(items.Select(i => i.ToMessage(plan, today)));
        var periods = caller.IsDivisionOnly() ? [] : plan.Periods(today).Select(p => Period(plan, p, filings, today)).ToList();
        view.Periods.AddRange(periods);
        view.Summary = new Proto.TrackingSummary
        {
            ItemCount = items.Count,
            CompletedCount = items.Count(i => i.Status == ObligationStatus.Completed),
            DoneCount = items.Count(i => i.Status == ObligationStatus.Done),
            OverdueItemCount = items.Count(i => i.IsOverdue(today)),
            OverdueFilingCount = periods.Count(p => p.State == PeriodStates.Overdue),
            CityItemCount = items.Count(i => i.IsCityItem),
            ProvinceItemCount = items.Count(i => !i.IsCityItem),
            LateFilingCount = periods.Count(p => p.State == PeriodStates.Late),
        };
        return view;
    }

    public static Proto.Obligation ToMessage(this Obligation item, TrackingPlan plan, DateOnly today)
    {
        var message = new Proto.Obligation
        {
            Id = item.Id.ToString(),
            Position = item.Position,
            Title = item.Title,
            Field = item.Field,
            OwnerSide = item.OwnerSide,
            LeadUnit = item.LeadUnit,
            ResponsiblePerson = item.ResponsiblePerson,
            DueOn = Date.From(item.DueOn),
            Division = item.Division,
            Status = item.Status.ToString(),
            Overdue = item.IsOverdue(today),
            Evidence = item.Evidence,
            DoneAt = Instants.From(item.DoneAt),
            AcceptedAt = Instants.From(item.AcceptedAt),
            ReturnedReason = item.ReturnedReason,
            EscalationLevel = plan.FindNotice(PeriodKeys.OfItem(item.Id)) is { IsOpen: true } notice ? notice.Level : 0,
        };
        message.CoUnits.AddRange(item.CoUnits);
        return message;
    }

    public static Proto.Filing ToMessage(this Filing filing)
    {
        var message = new Proto.Filing
        {
            Id = filing.Id.ToString(),
            AgreementId = filing.PlanId.ToString(),
            Kind = filing.Kind,
            Year = filing.Year,
            Quarter = filing.Quarter,
            Revision = filing.Revision,
            DueOn = Date.From(filing.DueOn),
            FiledAt = Instants.From(filing.FiledAt),
            FiledBy = filing.FiledBy,
            Late = filing.Late,
            Status = filing.Returned ? "Returned" : "Filed",
            ReturnedReason = filing.ReturnedReason,
            ReturnedBy = filing.ReturnedBy ?? "",
            ReturnedAt = Instants.From(filing.ReturnedAt),
            Summary = filing.Summary,
            Timetable = filing.Timetable,
            Roadmap = filing.Roadmap,
            RuleId = filing.RuleId,
        };
        message.ResponsiblePeople.AddRange(filing.ResponsiblePeople);
        message.Entries.AddRange(filing.Entries.Select(e =>
        {
            var entry = new Proto.FilingEntry
            {
                ItemId = e.ItemId.ToString(),
                Status = e.Status,
                Progress = e.Progress,
                MoneyArrived = Money.FromYuan(e.MoneyArrived),
                Milestone = e.Milestone,
            };
            entry.Attachments.AddRange(e.Attachments);
            return entry;
        }));
        return message;
    }

    public static Proto.FilingSummary ToSummary(this Filing filing) => new()
    {
        Id = filing.Id.ToString(),
        Kind = filing.Kind,
        Year = filing.Year,
        Quarter = filing.Quarter,
        Revision = filing.Revision,
        FiledAt = Instants.From(filing.FiledAt),
        FiledBy = filing.FiledBy,
        Late = filing.Late,
        Status = filing.Returned ? "Returned" : "Filed",
    };


    private static Proto.PeriodStatus Period(TrackingPlan plan, (string Kind, int Year, int Quarter, DateOnly? DueOn) period, IReadOnlyList<Filing> filings, DateOnly today)
    {
        var key = PeriodKeys.Of(period.Kind, period.Year, period.Quarter);
        var ofPeriod = filings.Where(f => f.PeriodKey == key).OrderBy(f => f.Revision).ToList();
        var latest = ofPeriod.LastOrDefault();
        var notice = plan.FindNotice(key);
        return new Proto.PeriodStatus
        {
            Kind = period.Kind,
            Year = period.Year,
            Quarter = period.Quarter,
            DueOn = Date.From(period.DueOn),
            State = PeriodStates.Of(period.DueOn, ofPeriod.FirstOrDefault(), latest, today),
            LatestRevision = latest?.Revision ?? 0,
            FiledAt = Instants.From(latest?.FiledAt),
            EscalationLevel = notice is { IsOpen: true } ? notice.Level : 0,
            Cleared = notice is { IsOpen: false },
        };
    }
}
