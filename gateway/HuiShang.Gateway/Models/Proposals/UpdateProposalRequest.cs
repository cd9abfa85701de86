using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace HuiShang.Gateway.Models.Proposals;

/// <summary>
/// The full new content of a draft or returned proposal (api.md PUT /api/proposals/{id}); the
/// call, region and author do not change. Sent with If-Match: the version read.
/// </summary>
public sealed record UpdateProposalRequest
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

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        errors.Required("title", Title);
        TopicsValidation.Validate(Topics, errors);
        Figures?.Validate("figures", errors);
        return errors;
    }
}
