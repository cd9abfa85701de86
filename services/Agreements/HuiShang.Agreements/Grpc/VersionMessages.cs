using HuiShang.Contracts.Common.V1;
using HuiShang.Agreements.Domain;
using HuiShang.ServiceDefaults.Audit;
using Proto = HuiShang.Contracts.Agreements.V1;

namespace HuiShang.Agreements.Grpc;

/// <summary>Versions, items and diffs: domain → proto.</summary>
internal static class VersionMessages
{
    public static Proto.AgreementVersion ToMessage(this AgreementVersion version)
    {
        var message = new Proto.AgreementVersion
        {
            Number = version.Number,
            Text = version.Text,
            CreatedAt = Instants.From(version.CreatedAt),
            CreatedBy = version.CreatedBy,
            CommentRoundId = Wire.Id(version.CommentRoundId),
            AddressesReviewId = Wire.Id(version.AddressesReviewId),
            Note = version.Note ?? "",
        };
        message.Items.AddRange(version.OrderedItems.Select(ToMessage));
        return message;
    }

    public static Proto.AgreedItem ToMessage(this AgreedItem item)
    {
        var message = new Proto.AgreedItem
        {
            Title = item.Title,
            Field = item.Field,
            OwnerSide = item.OwnerSide,
            LeadUnit = item.LeadUnit,
            ResponsiblePerson = item.ResponsiblePerson,
            DueOn = Date.From(item.DueOn),
        };
        message.CoUnits.AddRange(item.CoUnits);
        return message;
    }

    public static Proto.VersionDiff Diff(AgreementVersion from, AgreementVersion to)
    {
        var message = new Proto.VersionDiff { From = from.Number, To = to.Number };
        message.Items.AddRange(VersionDiff.Items(from.OrderedItems, to.OrderedItems).Select(change =>
        {
            var item = new Proto.ItemChange { Kind = change.Kind, Title = change.Title, Before = change.Before?.ToMessage(), After = change.After?.ToMessage() };
            item.ChangedFields.AddRange(change.ChangedFields);
            return item;
        }));
        message.Lines.AddRange(VersionDiff.Lines(from.Text, to.Text).Select(l => new Proto.TextLine { Op = l.Op, Text = l.Text }));
        return message;
    }
}
