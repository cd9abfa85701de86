using Timestamp = Google.Protobuf.WellKnownTypes.Timestamp;
using HuiShang.Agreements.Domain;
using HuiShang.Contracts.Agreements.V1;
using HuiShang.Contracts.Common.V1;
using HuiShang.Contracts.Identity;
using Grpc.Core;
using HuiShang.ServiceDefaults.Identity;
using HuiShang.ServiceDefaults.Paging;
using HuiShang.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;
using Agreement = HuiShang.Agreements.Domain.Agreement;

namespace HuiShang.Agreements.Grpc;

/// <summary>Lists and the history, a page at a time, filtered in the database.</summary>
public sealed partial class AgreementsService
{
    public override Task<ListAgreementsReply> ListAgreements(ListAgreementsRequest request, ServerCallContext context) =>
        ServiceProblems.Guard(async () =>
        {
            var caller = context.RequireCaller();
            var page = PageQuery.Read(request.Page, $"agreements|{request.Status}");
            var query = db.Agreements.AsNoTracking().Candidates(caller);
            if (request.Status.Length > 0)
            {
                var status = Enum.GetNames<AgreementStatus>().Contains(request.Status, StringComparer.Ordinal)
                    ? Enum.Parse<AgreementStatus>(request.Status)
                    : throw DomainValidationException.For("status", FieldMessages.OneOf(Enum.GetNames<AgreementStatus>()));
                query = query.Where(a => a.Status == status);
            }

            // A division sees what it was asked to comment on: the rounds' division lists are JSON the
            // database cannot search portably, so its candidates are checked here, page by page (a
            // page may then hold fewer items than the limit; the cursor still moves on).
            var divisionCheck = caller.HasRole(Roles.ProvinceDivision);
            if (divisionCheck)
            {
                query = query.Include(a => a.Rounds).AsSplitQuery();
            }

            // UUIDv7 ids, newest first.
            var (agreements, next) = await query.PageAsync(a => a.Id, page, descending: true, context.CancellationToken);
            var reply = new ListAgreementsReply { Page = next };
            reply.Items.AddRange(agreements.Where(a => !divisionCheck || caller.CanSee(a)).Select(Summary));
            return reply;
        });

    public override Task<AgreementHistoryReply> GetHistory(GetHistoryRequest request, ServerCallContext context) =>
        ServiceProblems.Guard(async () =>
        {
            var page = PageQuery.Read(request.Page, $"agreement-history|{request.Id}");
            var agreement = await LoadAsync(context.RequireCaller(), request.Id, context.CancellationToken);
            var (entries, next) = await db.History.AsNoTracking().Where(e => e.AgreementId == agreement.Id)
                .PageAsync(e => e.Id, page, descending: false, context.CancellationToken);
            var reply = new AgreementHistoryReply { Page = next };
            reply.Entries.AddRange(entries.Select(e => e.ToMessage()));
            return reply;
        });

    private static AgreementSummary Summary(Agreement a) => new()
    {
        Id = a.Id.ToString(),
        Kind = a.Kind,
        FrameworkId = Wire.Id(a.FrameworkId),
        ProposalId = a.ProposalId.ToString(),
        RegionCode = a.RegionCode,
        JurisdictionCode = a.JurisdictionCode,
        Tier = a.Tier,
        Year = a.Year,
        Title = a.Title,
        Status = a.Status.ToString(),
        CurrentVersion = a.CurrentVersion,
        SignedOn = Date.From(a.SignedOn),
        ExpiresOn = Date.From(a.ExpiresOn),
        CreatedAt = Timestamp.FromDateTimeOffset(a.CreatedAt),
    };
}
