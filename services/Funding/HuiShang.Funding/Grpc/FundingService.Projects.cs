using HuiShang.Contracts.Funding.V1;
using HuiShang.Funding.Domain;
using Grpc.Core;
using HuiShang.ServiceDefaults.Identity;
using HuiShang.ServiceDefaults.Paging;
using HuiShang.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;
using ProjectMessage = HuiShang.Contracts.Funding.V1.Project;

namespace HuiShang.Funding.Grpc;

/// <summary>Tenancy-filtered reads of projects and their append-only history.</summary>
public sealed partial class FundingService
{
    public override async Task<ProjectMessage> GetProject(GetProjectRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller();
        return (await FindAsync(db.Projects.AsNoTracking().VisibleTo(caller), request.Id, context.CancellationToken)).ToMessage();
    }

    public override async Task<ListProjectsReply> ListProjects(ListProjectsRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller();
        var page = PageQuery.Read(request.Page, $"projects|{request.AgreementId}|{request.Status}");
        var projects = db.Projects.AsNoTracking().VisibleTo(caller);
        if (!string.IsNullOrWhiteSpace(request.AgreementId))
        {
            // An id that is not one only matches nothing: the list is empty, as for another city's agreement.
            var agreementId = Guid.TryParse(request.AgreementId, out var id) ? id : Guid.Empty;
            projects = projects.Where(p => p.AgreementId == agreementId);
        }

        if (!string.IsNullOrWhiteSpace(request.Status))
        {
            if (!Enum.TryParse<ProjectStatus>(request.Status.Trim(), ignoreCase: false, out var status) || !Enum.IsDefined(status))
            {
                throw ServiceProblems.Validation("Unknown status.", [new("status", FieldMessages.OneOf(Enum.GetNames<ProjectStatus>()))]);
            }

            projects = projects.Where(p => p.Status == status);
        }

        // UUIDv7 ids: id order is registration order.
        var (list, next) = await projects.PageAsync(p => p.Id, page, descending: false, context.CancellationToken);
        var reply = new ListProjectsReply { Page = next };
        reply.Projects.AddRange(list.Select(p => p.ToMessage()));
        return reply;
    }

    public override async Task<ProjectHistoryReply> GetProjectHistory(GetProjectHistoryRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller();
        var page = PageQuery.Read(request.Page, $"project-history|{request.Id}");
        var project = await FindAsync(db.Projects.AsNoTracking().VisibleTo(caller), request.Id, context.CancellationToken);
        var (entries, next) = await db.ProjectHistory.AsNoTracking().Where(e => e.ProjectId == project.Id)
            .PageAsync(e => e.Id, page, descending: false, context.CancellationToken);
        var reply = new ProjectHistoryReply { Page = next };
        reply.Entries.AddRange(entries.Select(e => e.ToMessage()));
        return reply;
    }
}
