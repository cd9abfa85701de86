using HuiShang.Agreements.Domain;
using HuiShang.Contracts.Agreements.V1;
using HuiShang.Contracts.ReferenceData;
using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Agreements.Grpc.Validation;

/// <summary>GX-15 comment rounds: who is asked and by when, the answers and their resolutions.</summary>
internal static class CommentValidator
{
    private const int MaxYearsAhead = 1;

    public static (IReadOnlyList<string> Divisions, DateOnly DueOn) Round(StartCommentRoundRequest request, DateOnly today)
    {
        var errors = new FieldErrors();
        if (request.Divisions.Count == 0)
        {
            errors.Add("divisions", "Name at least one division.");
        }

        var known = RegionCatalog.Default.Divisions;
        var divisions = request.Divisions.Select(d => d.Trim()).ToList();
        for (var i = 0; i < divisions.Count; i++)
        {
            if (!known.Contains(divisions[i], StringComparer.Ordinal))
            {
                errors.Add($"divisions[{i}]", $"Not a division: one of {string.Join(", ", known)}.");
            }
            else if (divisions.IndexOf(divisions[i]) != i)
            {
                errors.Add($"divisions[{i}]", "Named twice.");
            }
        }

        var dueOn = errors.Date("dueOn", request.DueOn, required: true);
        if (dueOn < today)
        {
            errors.Add("dueOn", $"The due date cannot be before today ({today:yyyy-MM-dd}).");
        }
        else if (dueOn > today.AddYears(MaxYearsAhead))
        {
            // A round is weeks long; a far date is a typo and would hold the agreement (and date arithmetic) hostage.
            errors.Add("dueOn", $"The due date can be at most {MaxYearsAhead} year ahead ({today.AddYears(MaxYearsAhead):yyyy-MM-dd}).");
        }

        errors.ThrowIfAny("The comment round has invalid fields.");
        return (divisions, dueOn!.Value);
    }

    /// <summary>A written comment or "no comment", exactly one of them.</summary>
    public static string? Comment(AddCommentRequest request)
    {
        var errors = new FieldErrors();
        var text = errors.Optional("text", request.Text, AgreementLimits.Text);
        if ((text is null) == !request.NoComment)
        {
            errors.Add("text", request.NoComment ? "Leave the text empty when answering \"no comment\"." : "Write the comment, or answer \"no comment\".");
        }

        errors.ThrowIfAny("The comment has invalid fields.");
        return text;
    }

    /// <summary>Why the procedure goes on without the silent divisions: required, for the record.</summary>
    public static string CloseReason(CloseCommentRoundRequest request)
    {
        var errors = new FieldErrors();
        var reason = errors.Required("reason", request.Reason, AgreementLimits.LongText);
        errors.ThrowIfAny("Closing the comment round needs a reason.");
        return reason!;
    }

    public static IReadOnlyList<CommentDecision> Resolutions(ResolveCommentsRequest request)
    {
        var errors = new FieldErrors();
        if (request.Resolutions.Count == 0)
        {
            errors.Add("resolutions", "Resolve at least one comment.");
        }

        var decisions = new List<CommentDecision>();
        for (var i = 0; i < request.Resolutions.Count; i++)
        {
            var item = request.Resolutions[i];
            var path = $"resolutions[{i}]";
            var id = errors.OptionalId($"{path}.commentId", item.CommentId);
            if (id is null && string.IsNullOrWhiteSpace(item.CommentId))
            {
                errors.Add($"{path}.commentId", FieldMessages.Required);
            }
            else if (id is { } known && decisions.Any(d => d.CommentId == known))
            {
                errors.Add($"{path}.commentId", "Resolved twice in this request.");
            }

            var resolution = item.Resolution.Trim();
            if (!CommentResolutions.All.Contains(resolution, StringComparer.Ordinal))
            {
                errors.Add($"{path}.resolution", FieldMessages.OneOf(CommentResolutions.All));
            }

            var reason = CommentResolutions.NeedsReason(resolution)
                ? errors.Required($"{path}.reason", item.Reason, AgreementLimits.LongText)
                : errors.Optional($"{path}.reason", item.Reason, AgreementLimits.LongText);
            decisions.Add(new CommentDecision(i, id ?? Guid.Empty, resolution, reason));
        }

        errors.ThrowIfAny("The resolutions have invalid fields.");
        return decisions;
    }
}
