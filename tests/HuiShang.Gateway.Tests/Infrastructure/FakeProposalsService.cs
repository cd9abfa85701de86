using System.Globalization;
using HuiShang.Contracts.Identity;
using HuiShang.Contracts.Proposals.V1;
using HuiShang.Grpc.Server;
using HuiShang.ServiceDefaults.Identity;

namespace HuiShang.Gateway.Tests.Infrastructure;

/// <summary>
/// huishang.proposals.v1.Proposals with canned replies. Like a real service it authenticates the
/// forwarded token itself (RequireCaller), so the tests also prove the token survives the hop.
/// </summary>
public sealed class FakeProposalsService(BackendScript script)
{
    public const long Version = 7;

    public async Task<Proposal> CreateProposal(CreateProposalRequest request, ServerCallContext context)
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
        return proposal;
    }

    public async Task<Proposal> SubmitProposal(SubmitProposalRequest request, ServerCallContext context)
    {
        await script.ReceiveAsync(nameof(SubmitProposal), request, context);
        var caller = context.RequireCaller(Roles.CityBureau);
        var proposal = Canned(request.Id, caller, "submitted");
        proposal.SubmittedAt = "2026-03-01T02:00:00Z";
        proposal.Version = Version + 1;
        return proposal;
    }

    public async Task<Proposal> GetProposal(GetProposalRequest request, ServerCallContext context)
    {
        await script.ReceiveAsync(nameof(GetProposal), request, context);
        return Canned(request.Id, context.RequireCaller(), "draft");
    }

    private static Proposal Canned(string id, PlatformCaller caller, string status) => new()
    {
        Id = id,
        RegionCode = caller.RegionCode,
        JurisdictionCode = caller.JurisdictionCode,
        Status = status,
        Title = "南宁市 2026 年厅市会商建议",
        CallId = "call-2026",
        PlannedMeetingOn = "2026-06-15",
        Version = Version,
        CreatedAt = "2026-02-20T08:30:00Z",
        CreatedBy = caller.Subject,
        Topics = { new Topic { Title = "人工智能", Category = "key-project", Field = "ai", RequestedSupport = 1500000.5m.ToString("0.00", CultureInfo.InvariantCulture) } },
    };
}
