using HuiShang.Agreements.Grpc.Validation;
using HuiShang.Contracts.Agreements.V1;
using HuiShang.Contracts.Identity;
using Grpc.Core;
using HuiShang.ServiceDefaults.Identity;
using HuiShang.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;
using Proto = HuiShang.Contracts.Agreements.V1;

namespace HuiShang.Agreements.Grpc;

/// <summary>Immutable versions: create (If-Match on the current number), list, read, diff.</summary>
public sealed partial class AgreementsService
{
    public override Task<Proto.Agreement> CreateVersion(CreateVersionRequest request, ServerCallContext context) =>
        ChangeAsync(context, request.AgreementId, [Roles.ProvincePlanning], () => VersionValidator.Validate(request), (caller, agreement, draft) =>
            db.Versions.Add(agreement.AddVersion(request.ExpectedVersion, draft, caller.Subject, Now)));

    public override Task<ListVersionsReply> ListVersions(GetAgreementRequest request, ServerCallContext context) =>
        ServiceProblems.Guard(async () =>
        {
            var agreement = await LoadAsync(context.RequireCaller(), request.Id, context.CancellationToken);
            var versions = await db.Versions.AsNoTracking().Where(v => v.AgreementId == agreement.Id).OrderBy(v => v.Number).ToListAsync(context.CancellationToken);
            var reply = new ListVersionsReply();
            reply.Versions.AddRange(versions.Select(v => v.ToMessage()));
            return reply;
        });

    public override Task<Proto.AgreementVersion> GetVersion(GetVersionRequest request, ServerCallContext context) =>
        ServiceProblems.Guard(async () =>
        {
            var agreement = await LoadAsync(context.RequireCaller(), request.AgreementId, context.CancellationToken);
            return (await VersionAsync(agreement, request.Number, context.CancellationToken)).ToMessage();
        });

    public override Task<Proto.VersionDiff> DiffVersions(DiffVersionsRequest request, ServerCallContext context) =>
        ServiceProblems.Guard(async () =>
        {
            var agreement = await LoadAsync(context.RequireCaller(), request.AgreementId, context.CancellationToken);
            var from = await VersionAsync(agreement, request.From, context.CancellationToken);
            var to = await VersionAsync(agreement, request.To, context.CancellationToken);
            return VersionMessages.Diff(from, to);
        });
}
