using HuiShang.Contracts.Funding.V1;

namespace HuiShang.Gateway.Upstream;

/// <summary>The funding service (huishang.funding.v1.Funding) as the gateway calls it.</summary>
public sealed class FundingClient(HuiShang.Contracts.Funding.V1.Funding.FundingClient grpc)
{
    public Task<Envelope> GetEnvelopeAsync(string agreementId) =>
        grpc.GetEnvelopeAsync(new GetEnvelopeRequest { AgreementId = agreementId }).ResponseAsync;

    public Task<Project> RegisterAsync(RegisterProjectRequest request) => grpc.RegisterProjectAsync(request).ResponseAsync;

    public Task<Project> GetAsync(string id) => grpc.GetProjectAsync(Id(id)).ResponseAsync;

    public Task<ListProjectsReply> ListAsync(string agreementId, string status) =>
        grpc.ListProjectsAsync(new ListProjectsRequest { AgreementId = agreementId, Status = status }).ResponseAsync;

    public Task<Project> ApproveAsync(ApproveProjectRequest request) => grpc.ApproveProjectAsync(request).ResponseAsync;

    public Task<Project> AdvanceAsync(AdvanceProjectRequest request) => grpc.AdvanceProjectAsync(request).ResponseAsync;

    public Task<FundingPlan> GetPlanAsync(string id) => grpc.GetFundingPlanAsync(Id(id)).ResponseAsync;

    public Task<PriorityReply> ListPriorityAsync(string agreementId) =>
        grpc.ListPriorityAsync(new ListPriorityRequest { AgreementId = agreementId }).ResponseAsync;

    public Task<DisbursementSummary> RecordDisbursementAsync(RecordDisbursementRequest request) =>
        grpc.RecordDisbursementAsync(request).ResponseAsync;

    public Task<DisbursementSummary> GetDisbursementsAsync(string id) => grpc.GetDisbursementsAsync(Id(id)).ResponseAsync;

    public Task<ProjectHistoryReply> HistoryAsync(string id) => grpc.GetProjectHistoryAsync(Id(id)).ResponseAsync;

    private static GetProjectRequest Id(string id) => new() { Id = id };
}
