using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace HuiShang.Gateway.Tracking;

/// <summary>api.md POST /api/ledgers: the quarter's progress ledger (台账, GX-19), an entry per agreed item.</summary>
public sealed record LedgerRequest
{
    [Required]
    public Guid? AgreementId { get; init; }

    [Required]
    public int? Year { get; init; }

    [Required, Description("1 to 4.")]
    public int? Quarter { get; init; }

    public IReadOnlyList<FilingEntryRequest>? Entries { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        errors.Present("agreementId", AgreementId);
        errors.Present("year", Year);
        if (errors.Present("quarter", Quarter) && Quarter is < 1 or > 4)
        {
            errors.Add("quarter", "1 to 4.");
        }

        return errors;
    }
}

/// <summary>api.md POST /api/annual-reports: the year's implementation report (GX-19, due 12-25).</summary>
public sealed record AnnualReportRequest
{
    [Required]
    public Guid? AgreementId { get; init; }

    [Required]
    public int? Year { get; init; }

    [Required, Description("The year's summary of the implementation.")]
    public string? Summary { get; init; }

    public IReadOnlyList<FilingEntryRequest>? Entries { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        errors.Present("agreementId", AgreementId);
        errors.Present("year", Year);
        errors.Present("summary", Summary);
        return errors;
    }
}

/// <summary>POST /api/agreements/{id}/implementation-plan: the city's 落实方案 (GX-19): timetable, roadmap, responsible people.</summary>
public sealed record ImplementationPlanRequest
{
    [Required]
    public string? Timetable { get; init; }

    [Required]
    public string? Roadmap { get; init; }

    [Required]
    public IReadOnlyList<string>? ResponsiblePeople { get; init; }
}

/// <summary>One agreed item's line: status (NotStarted, InProgress, Done, Blocked), progress, figures, attachments by reference.</summary>
public sealed record FilingEntryRequest
{
    [Required]
    public Guid? ItemId { get; init; }

    [Required, Description("NotStarted, InProgress, Done or Blocked.")]
    public string? Status { get; init; }

    public string? Progress { get; init; }

    [Description("Funds arrived for the item so far, yuan.")]
    public decimal? MoneyArrived { get; init; }

    public string? Milestone { get; init; }

    [Description("References (document numbers, file ids), not contents.")]
    public IReadOnlyList<string>? Attachments { get; init; }
}
