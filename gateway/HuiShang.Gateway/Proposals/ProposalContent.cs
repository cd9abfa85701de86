using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace HuiShang.Gateway.Proposals;

/// <summary>
/// What a city writes in a proposal, shared by create and edit. Region and author come from the
/// token; policy rules (window, lead time, quotas) are the proposals service's.
/// </summary>
public abstract record ProposalContent
{
    [Required]
    public string? Title { get; init; }

    [Description("Planned consultation meeting (GX-13: submit at least two months before).")]
    public DateOnly? PlannedMeetingOn { get; init; }

    [Description("The city government's meeting that studied the needs (GX-11).")]
    public DateOnly? CityMeetingOn { get; init; }

    [Description("Summary of the previous round (GX-12).")]
    public string? PreviousRoundSummary { get; init; }

    public string? UrgentReason { get; init; }

    [Required]
    public IReadOnlyList<TopicRequest?>? Topics { get; init; }

    [Description("HB-11..13 eligibility figures, checked on submission.")]
    public FiguresRequest? Figures { get; init; }

    /// <summary>What the wire cannot carry: null topics (the service checks every field of the content).</summary>
    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        errors.NoNullEntries("topics", Topics);
        return errors;
    }
}
