using HuiShang.Contracts.Events;
using HuiShang.Messaging;
using HuiShang.Proposals.Data;
using HuiShang.Proposals.Domain;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Proposals.Consumers;

/// <summary>
/// GX-21 "未完成的厅市会商项目": an agreed item of a signed agreement (from Evaluation) counts like an unfinished
/// joint project until the coordinating division accepts it as completed. Kept in the same read model, keyed
/// by the item's id (ids are UUIDs, so they never meet a project's), with the same newest-wins ordering and
/// tombstones as <see cref="JointProjectStatusChangedConsumer"/>. The inbox makes a redelivery a no-op.
/// </summary>
public sealed class AgreedItemStatusChangedConsumer(ProposalsDbContext db)
    : InboxConsumer<AgreedItemStatusChanged, ProposalsDbContext>(db)
{
    public const string Endpoint = "proposals.agreed-item-status-changed";

    protected override async Task HandleAsync(AgreedItemStatusChanged message, ConsumeContext<AgreedItemStatusChanged> context, CancellationToken cancellationToken)
    {
        // GX-21 blocks by field: an item agreed without one blocks nothing.
        if (string.IsNullOrWhiteSpace(message.Field))
        {
            return;
        }

        // The read model's own contract, applied to the item as to a project: refuse a malformed event by name.
        var asProject = new JointProjectStatusChanged(
            message.ItemId, message.RegionCode, message.Field, Title(message.Title), message.Status, message.Unfinished, message.ChangedAt);
        if (JointProjectStatusChangedContract.Violation(asProject) is { } violation)
        {
            throw new MessageRejectedException(violation.Replace("ProjectId", "ItemId", StringComparison.Ordinal));
        }

        var row = await Db.UnfinishedProjects.IgnoreQueryFilters().SingleOrDefaultAsync(p => p.ProjectId == message.ItemId, cancellationToken);
        if (row is null)
        {
            row = UnfinishedProject.Create(message.ItemId);
            Db.UnfinishedProjects.Add(row);
        }
        else if (row.IsOlderThanHeld(message.ChangedAt))
        {
            return;
        }

        row.Apply(message.RegionCode, message.Field, asProject.Title, message.Status, message.Unfinished, message.ChangedAt);
    }

    /// <summary>An item's title may be longer than a project's column: the field block names it, cut to fit.</summary>
    private static string Title(string? title) =>
        title is { Length: > ProposalLimits.Title } ? title[..ProposalLimits.Title] : title ?? "";
}
