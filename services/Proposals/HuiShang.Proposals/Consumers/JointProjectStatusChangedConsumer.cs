using HuiShang.Contracts.Events;
using HuiShang.Messaging;
using HuiShang.Proposals.Data;
using HuiShang.Proposals.Domain;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Proposals.Consumers;

/// <summary>
/// Keeps the GX-21 read model: a city's unfinished joint projects per field. Upserts by project and keeps
/// only the newest <c>ChangedAt</c>: an older event arriving late is ignored. A project no longer unfinished
/// (accepted or terminated) stays as a tombstone (filtered out of reads) so a late older "unfinished" event
/// cannot revive it. The inbox makes a redelivery a no-op.
/// </summary>
public sealed class JointProjectStatusChangedConsumer(ProposalsDbContext db)
    : InboxConsumer<JointProjectStatusChanged, ProposalsDbContext>(db)
{
    public const string Endpoint = "proposals.joint-project-status-changed";

    protected override async Task HandleAsync(JointProjectStatusChanged message, ConsumeContext<JointProjectStatusChanged> context, CancellationToken cancellationToken)
    {
        // A malformed event would only fail in the database after every retry: refuse it now, by name.
        if (JointProjectStatusChangedContract.Violation(message) is { } violation)
        {
            throw new MessageRejectedException(violation);
        }

        var project = await Db.UnfinishedProjects.IgnoreQueryFilters()
            .SingleOrDefaultAsync(p => p.ProjectId == message.ProjectId, cancellationToken);
        if (project is null)
        {
            project = UnfinishedProject.Create(message.ProjectId);
            Db.UnfinishedProjects.Add(project);
        }
        else if (project.IsOlderThanHeld(message.ChangedAt))
        {
            return;
        }

        project.Apply(message.RegionCode, message.Field, message.Title, message.Status, message.Unfinished, message.ChangedAt);
    }
}
