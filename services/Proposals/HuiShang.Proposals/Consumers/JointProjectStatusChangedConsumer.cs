using HuiShang.Contracts.Events;
using HuiShang.Messaging;
using HuiShang.Proposals.Data;
using HuiShang.Proposals.Domain;
using MassTransit;

namespace HuiShang.Proposals.Consumers;

/// <summary>
/// Keeps the GX-21 read model: a city's unfinished joint projects per field. Upserts by project;
/// a project no longer unfinished (accepted or terminated) is removed. The inbox makes a redelivery a no-op.
/// </summary>
public sealed class JointProjectStatusChangedConsumer(ProposalsDbContext db)
    : InboxConsumer<JointProjectStatusChanged, ProposalsDbContext>(db)
{
    public const string Endpoint = "proposals.joint-project-status-changed";

    protected override async Task HandleAsync(JointProjectStatusChanged message, ConsumeContext<JointProjectStatusChanged> context, CancellationToken cancellationToken)
    {
        var project = await Db.UnfinishedProjects.FindAsync([message.ProjectId], cancellationToken);
        if (!message.Unfinished)
        {
            if (project is not null)
            {
                Db.UnfinishedProjects.Remove(project);
            }

            return;
        }

        if (project is null)
        {
            project = UnfinishedProject.Create(message.ProjectId);
            Db.UnfinishedProjects.Add(project);
        }

        project.Apply(message.RegionCode, message.Field, message.Title, message.Status, message.ChangedAt);
    }
}
