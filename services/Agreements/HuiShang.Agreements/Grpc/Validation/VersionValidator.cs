using HuiShang.Agreements.Domain;
using HuiShang.Contracts.Agreements.V1;
using HuiShang.ServiceDefaults.Problems;
using AgreedItem = HuiShang.Agreements.Domain.AgreedItem;

namespace HuiShang.Agreements.Grpc.Validation;

/// <summary>A new version's text and items: the limits of the column definitions, owner sides, unique titles.</summary>
internal static class VersionValidator
{
    public static VersionDraft Validate(CreateVersionRequest request)
    {
        var errors = new FieldErrors();
        var text = errors.Required("text", request.Text, AgreementLimits.Text);
        if (request.Items.Count > AgreementLimits.MaxItems)
        {
            errors.Add("items", $"At most {AgreementLimits.MaxItems} items.");
        }

        var items = request.Items.Select((item, i) => Item(errors, $"items[{i}]", item)).ToList();
        var titles = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Title.Length > 0 && !titles.Add(items[i].Title))
            {
                errors.Add($"items[{i}].title", "Another item has this title: items are told apart by title.");
            }
        }

        var round = errors.OptionalId("commentRoundId", request.CommentRoundId);
        var review = errors.OptionalId("addressesReviewId", request.AddressesReviewId);
        var note = errors.Optional("note", request.Note, AgreementLimits.LongText);
        errors.ThrowIfAny("The version has invalid fields.");
        return new VersionDraft(text!, items, round, review, note);
    }

    private static AgreedItem Item(FieldErrors errors, string path, Contracts.Agreements.V1.AgreedItem item)
    {
        var title = errors.Required($"{path}.title", item.Title, AgreementLimits.Title) ?? "";
        var field = errors.Optional($"{path}.field", item.Field, AgreementLimits.Code) ?? "";
        var side = item.OwnerSide.Trim();
        if (!Sides.All.Contains(side, StringComparer.Ordinal))
        {
            errors.Add($"{path}.ownerSide", "\"province\" or \"city\".");
        }

        var lead = errors.Optional($"{path}.leadUnit", item.LeadUnit, AgreementLimits.Title) ?? "";
        var coUnits = errors.List($"{path}.coUnits", item.CoUnits, AgreementLimits.Title);
        var person = errors.Optional($"{path}.responsiblePerson", item.ResponsiblePerson, AgreementLimits.UserName) ?? "";
        var dueOn = errors.Date($"{path}.dueOn", item.DueOn, required: false);
        return new AgreedItem(title, field, side, lead, coUnits, person, dueOn);
    }
}
