using HuiShang.Contracts.Common.V1;
using V1 = HuiShang.Contracts.Funding.V1;

namespace HuiShang.Gateway.Funding;

/// <summary>The funding service (huishang.funding.v1.Funding) as the gateway calls it.</summary>
public sealed class FundingClient(HuiShang.Contracts.Funding.V1.Funding.FundingClient grpc)
{
    public Task<V1.Envelope> GetEnvelopeAsync(string agreementId) =>
        grpc.GetEnvelopeAsync(new V1.GetEnvelopeRequest { AgreementId = agreementId }).ResponseAsync;

    public Task<V1.Project> RegisterAsync(V1.RegisterProjectRequest request) => grpc.RegisterProjectAsync(request).ResponseAsync;

    public Task<V1.Project> GetAsync(string id) => grpc.GetProjectAsync(Id(id)).ResponseAsync;

    public Task<V1.ListProjectsReply> ListAsync(string agreementId, string status, PageParameters page) =>
        grpc.ListProjectsAsync(new V1.ListProjectsRequest { AgreementId = agreementId, Status = status, Page = page.ToMessage() }).ResponseAsync;

    public Task<V1.Project> ApproveAsync(V1.ApproveProjectRequest request) => grpc.ApproveProjectAsync(request).ResponseAsync;

    public Task<V1.Project> AdvanceAsync(V1.AdvanceProjectRequest request) => grpc.AdvanceProjectAsync(request).ResponseAsync;

    public Task<V1.FundingPlan> GetPlanAsync(string id) => grpc.GetFundingPlanAsync(Id(id)).ResponseAsync;

    public Task<V1.PriorityReply> ListPriorityAsync(string agreementId) =>
        grpc.ListPriorityAsync(new V1.ListPriorityRequest { AgreementId = agreementId }).ResponseAsync;

    public Task<V1.DisbursementSummary> RecordDisbursementAsync(V1.RecordDisbursementRequest request) =>
        grpc.RecordDisbursementAsync(request).ResponseAsync;

    public Task<V1.DisbursementSummary> GetDisbursementsAsync(string id) => grpc.GetDisbursementsAsync(Id(id)).ResponseAsync;

    public Task<V1.ProjectHistoryReply> HistoryAsync(string id, PageRequest page) =>
        grpc.GetProjectHistoryAsync(new V1.GetProjectHistoryRequest { Id = id, Page = page }).ResponseAsync;

    private static V1.GetProjectRequest Id(string id) => new() { Id = id };
}
