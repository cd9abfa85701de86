using HuiShang.Contracts.Common.V1;
using System.Globalization;
using HuiShang.Contracts.Identity;
using HuiShang.Contracts.Proposals.V1;
using Grpc.Core;
using HuiShang.ServiceDefaults.Identity;

namespace HuiShang.Gateway.Tests.Infrastructure;

/// <summary>
/// huishang.proposals.v1.Proposals with canned replies. Like a real service it authenticates the
/// forwarded token itself (RequireCaller), so the tests also prove the token survives the hop.
/// </summary>
public sealed class FakeProposalsService(BackendScript script) : HuiShang.Contracts.Proposals.V1.Proposals.ProposalsBase
{
    public const long Version = 7;

    public override async Task<Proposal> CreateProposal(CreateProposalRequest request, ServerCallContext context)
    {
        await script.ReceiveAsync(nameof(CreateProposal), request, context);
        var caller = context.RequireCaller(Roles.CityBureau);
        var proposal = Canned(Guid.NewGuid().ToString(), caller, "draft");
        proposal.CallId = request.CallId;
        proposal.Title = request.Title;
        proposal.PlannedMeetingOn = request.PlannedMeetingOn;
        proposal.CityMeetingOn = request.CityMeetingOn;
        proposal.PreviousRoundSummary = request.PreviousRoundSummary;
        proposal.UrgentReason = request.UrgentReason;
        proposal.Topics.AddRange(request.Topics);
        proposal.Figures = request.Figures;
        return proposal;
    }

    public override async Task<Proposal> SubmitProposal(SubmitProposalRequest request, ServerCallContext context)
    {
        await script.ReceiveAsync(nameof(SubmitProposal), request, context);
        var caller = context.RequireCaller(Roles.CityBureau);
        var proposal = Canned(request.Id, caller, "submitted");
        proposal.PolicyVersion = "gx/2019-01-01";
        proposal.SubmittedAt = Wire.Instant("2026-03-01T02:00:00Z");
        proposal.Version = Version + 1;
        return proposal;
    }

    public override async Task<Proposal> GetProposal(GetProposalRequest request, ServerCallContext context)
    {
        await script.ReceiveAsync(nameof(GetProposal), request, context);
        return Canned(request.Id, context.RequireCaller(), "draft");
    }

    public const string CallId = "5b0c3f4e-8d1a-4c61-9a37-0f3e2b7d9c10";

    public override async Task<Call> CreateCall(CreateCallRequest request, ServerCallContext context)
    {
        await script.ReceiveAsync(nameof(CreateCall), request, context);
        var caller = context.RequireCaller();
        return new Call
        {
            Id = CallId,
            JurisdictionCode = caller.RegionCode,
            Year = request.Year,
            OpensOn = request.OpensOn ?? Wire.Date($"{request.Year}-01-01"),
            ClosesOn = request.ClosesOn ?? Wire.Date($"{request.Year}-03-31"),
            PolicyVersion = "gx/2019-01-01",
            CreatedAt = Wire.Instant("2026-01-02T03:04:05Z"),
            CreatedBy = caller.Subject,
            Status = "Open",
        };
    }

    public override async Task<Call> GetCall(GetCallRequest request, ServerCallContext context)
    {
        await script.ReceiveAsync(nameof(GetCall), request, context);
        var caller = context.RequireCaller();
        return new Call { Id = request.Id, JurisdictionCode = caller.JurisdictionCode, Year = 2026, OpensOn = Wire.Date("2026-01-01"), ClosesOn = Wire.Date("2026-03-31"), PolicyVersion = "gx/2019-01-01", Status = "Open" };
    }

    public override async Task<ListCallsReply> ListCalls(ListCallsRequest request, ServerCallContext context)
    {
        await script.ReceiveAsync(nameof(ListCalls), request, context);
        var caller = context.RequireCaller();
        return new ListCallsReply
        {
            Calls = { new Call { Id = CallId, JurisdictionCode = caller.JurisdictionCode, Year = 2026, OpensOn = Wire.Date("2026-01-01"), ClosesOn = Wire.Date("2026-03-31"), PolicyVersion = "gx/2019-01-01", Status = "Open", CreatedBy = new string('x', script.ReplyPaddingBytes) } },
        };
    }

    public override async Task<Proposal> UpdateProposal(UpdateProposalRequest request, ServerCallContext context)
    {
        await script.ReceiveAsync(nameof(UpdateProposal), request, context);
        var proposal = Canned(request.Id, context.RequireCaller(), "draft");
        proposal.Title = request.Title;
        proposal.Figures = request.Figures;
        proposal.Version = request.ExpectedVersion + 1;
        return proposal;
    }

    public override async Task<Proposal> ReturnProposal(ReturnProposalRequest request, ServerCallContext context)
    {
        await script.ReceiveAsync(nameof(ReturnProposal), request, context);
        var proposal = Canned(request.Id, context.RequireCaller(), "returned");
        proposal.DecisionReason = request.Reason;
        proposal.Version = Version + 1;
        return proposal;
    }

    public override async Task<Proposal> WithdrawProposal(WithdrawProposalRequest request, ServerCallContext context)
    {
        await script.ReceiveAsync(nameof(WithdrawProposal), request, context);
        var proposal = Canned(request.Id, context.RequireCaller(), "withdrawn");
        proposal.Version = Version + 1;
        return proposal;
    }

    public override async Task<SelectionReply> SelectProposals(SelectProposalsRequest request, ServerCallContext context)
    {
        await script.ReceiveAsync(nameof(SelectProposals), request, context);
        var caller = context.RequireCaller();
        var key = Canned(request.KeyProposalId, caller, "selected");
        key.SelectionTier = "Key";
        key.ThemeCity = true;
        key.PolicyVersion = "gx/2019-01-01";
        var other = Canned(Guid.NewGuid().ToString(), caller, "not-selected");
        other.DecisionReason = "名额已满";
        return new SelectionReply { Selected = { key }, NotSelected = { other }, PolicyVersion = "gx/2019-01-01" };
    }

    public override async Task<ListProposalsReply> ListProposals(ListProposalsRequest request, ServerCallContext context)
    {
        await script.ReceiveAsync(nameof(ListProposals), request, context);
        var proposal = Canned(Guid.NewGuid().ToString(), context.RequireCaller(), "submitted");
        return new ListProposalsReply
        {
            Items =
            {
                new ProposalSummary
                {
                    Id = proposal.Id, RegionCode = proposal.RegionCode, JurisdictionCode = proposal.JurisdictionCode, Status = proposal.Status,
                    Title = proposal.Title, CallId = proposal.CallId, PlannedMeetingOn = proposal.PlannedMeetingOn, Version = proposal.Version,
                    CreatedAt = proposal.CreatedAt, SubmittedAt = proposal.SubmittedAt, TopicCount = proposal.Topics.Count,
                    RequestedTotal = Money.FromYuan(proposal.Topics.Sum(t => t.RequestedSupport.ToYuan())),
                },
            },
            Page = new PageReply { NextPageToken = script.NextPageToken },
        };
    }

    public override async Task<ProposalHistoryReply> GetProposalHistory(GetProposalHistoryRequest request, ServerCallContext context)
    {
        await script.ReceiveAsync(nameof(GetProposalHistory), request, context);
        var caller = context.RequireCaller();
        return new ProposalHistoryReply
        {
            Entries =
            {
                new HuiShang.Contracts.Common.V1.AuditEntry { At = Wire.Instant("2026-02-20T08:30:00Z"), By = caller.Subject, Action = "created", ToStatus = "draft", Version = 1 },
                new HuiShang.Contracts.Common.V1.AuditEntry { At = Wire.Instant("2026-03-01T02:00:00Z"), By = caller.Subject, Action = "submitted", FromStatus = "draft", ToStatus = "submitted", Detail = "ok", Version = 2 },
            },
        };
    }

    private static Proposal Canned(string id, PlatformCaller caller, string status) => new()
    {
        Id = id,
        RegionCode = caller.RegionCode,
        JurisdictionCode = caller.JurisdictionCode,
        Status = status,
        Title = "南宁市 2026 年厅市会商建议",
        CallId = "call-2026",
        PlannedMeetingOn = Wire.Date("2026-06-15"),
        Version = Version,
        CreatedAt = Wire.Instant("2026-02-20T08:30:00Z"),
        CreatedBy = caller.Subject,
        Topics = { new Topic { Title = "人工智能", Category = "key-project", Field = "ai", RequestedSupport = Money.FromYuan(1500000.5m) } },
    };
}
