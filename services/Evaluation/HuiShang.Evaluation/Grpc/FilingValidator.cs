using HuiShang.Evaluation.Domain;
using HuiShang.ServiceDefaults.Problems;
using Google.Protobuf.Collections;
using Proto = HuiShang.Contracts.Evaluation.V1;

namespace HuiShang.Evaluation.Grpc;

/// <summary>The shape of a filing request (lengths, ids, amounts); whether it fits the agreement is the plan's to decide.</summary>
internal static class FilingValidator
{
    public static FilingDraft Ledger(Proto.FileLedgerRequest request)
    {
        var errors = new FieldErrors();
        var entries = Entries(request.Entries, errors);
        Year(request.Year, errors);
        errors.ThrowIfAny("The ledger has invalid fields.");
        return new FilingDraft(FilingKinds.Ledger, request.Year, request.Quarter, request.ExpectedRevision, entries);
    }

    public static FilingDraft AnnualReport(Proto.FileAnnualReportRequest request)
    {
        var errors = new FieldErrors();
        var summary = errors.Required("summary", request.Summary, TrackingLimits.Text) ?? "";
        var entries = Entries(request.Entries, errors);
        Year(request.Year, errors);
        errors.ThrowIfAny("The annual report has invalid fields.");
        return new FilingDraft(FilingKinds.AnnualReport, request.Year, 0, request.ExpectedRevision, entries, Summary: summary);
    }

    /// <summary>GX-19 落实方案: timetable, roadmap and responsible people, all required.</summary>
    public static FilingDraft ImplementationPlan(Proto.FileImplementationPlanRequest request)
    {
        var errors = new FieldErrors();
        var timetable = errors.Required("timetable", request.Timetable, TrackingLimits.Text) ?? "";
        var roadmap = errors.Required("roadmap", request.Roadmap, TrackingLimits.Text) ?? "";
        var people = Texts("responsiblePeople", request.ResponsiblePeople, TrackingLimits.UserName, errors);
        if (people.Count == 0)
        {
            errors.Add("responsiblePeople", FieldMessages.Required);
        }

        errors.ThrowIfAny("The implementation plan has invalid fields.");
        return new FilingDraft(FilingKinds.ImplementationPlan, 0, 0, request.ExpectedRevision, [], Timetable: timetable, Roadmap: roadmap, ResponsiblePeople: people);
    }

    private static void Year(int year, FieldErrors errors)
    {
        if (year is < FieldMessages.MinYear or > FieldMessages.MaxYear)
        {
            errors.Add("year", FieldMessages.Year);
        }
    }

    private static List<FilingEntry> Entries(RepeatedField<Proto.FilingEntry> entries, FieldErrors errors)
    {
        if (entries.Count > TrackingLimits.MaxEntries)
        {
            errors.Add("entries", FieldMessages.AtMostEntries(TrackingLimits.MaxEntries));
            return [];
        }

        var result = new List<FilingEntry>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var path = $"entries[{i}]";
            var id = errors.OptionalId($"{path}.itemId", entry.ItemId);
            if (id is null && string.IsNullOrWhiteSpace(entry.ItemId))
            {
                errors.Add($"{path}.itemId", FieldMessages.Required);
            }

            if (!EntryStatuses.All.Contains(entry.Status, StringComparer.Ordinal))
            {
                errors.Add($"{path}.status", FieldMessages.OneOf(EntryStatuses.All));
            }

            var progress = errors.Optional($"{path}.progress", entry.Progress, TrackingLimits.LongText) ?? "";
            var money = errors.Yuan($"{path}.moneyArrived", entry.MoneyArrived);
            if (money < 0)
            {
                errors.Add($"{path}.moneyArrived", FieldMessages.NotNegative);
            }

            var milestone = errors.Optional($"{path}.milestone", entry.Milestone, TrackingLimits.ShortText) ?? "";
            var attachments = Texts($"{path}.attachments", entry.Attachments, TrackingLimits.ShortText, errors);
            result.Add(new FilingEntry(id ?? Guid.Empty, entry.Status, progress, money, milestone, attachments));
        }

        return result;
    }

    private static List<string> Texts(string path, RepeatedField<string> values, int maxLength, FieldErrors errors)
    {
        if (values.Count > TrackingLimits.MaxListEntries)
        {
            errors.Add(path, FieldMessages.AtMostEntries(TrackingLimits.MaxListEntries));
            return [];
        }

        var texts = new List<string>();
        for (var i = 0; i < values.Count; i++)
        {
            if (errors.Required($"{path}[{i}]", values[i], maxLength) is { } text)
            {
                texts.Add(text);
            }
        }

        return texts;
    }
}
