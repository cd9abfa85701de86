using HuiShang.Contracts;
using HuiShang.Contracts.Funding.V1;
using HuiShang.Grpc.Client;

namespace HuiShang.Gateway.Upstream;

/// <summary>The funding service (huishang.funding.v1.Funding) as the gateway calls it.</summary>
public sealed class FundingClient(GrpcChannelProvider channels, UpstreamOptions options)
{
    private static readonly Google.Protobuf.Reflection.ServiceDescriptor Service = FundingReflection.Descriptor.Services[0];
    private static readonly Method<GetEnvelopeRequest, Envelope> GetEnvelopeMethod = new(Service, "GetEnvelope");
    private static readonly Method<RegisterProjectRequest, Project> RegisterMethod = new(Service, "RegisterProject");
    private static readonly Method<GetProjectRequest, Project> GetMethod = new(Service, "GetProject");
    private static readonly Method<ListProjectsRequest, ListProjectsReply> ListMethod = new(Service, "ListProjects");
    private static readonly Method<ApproveProjectRequest, Project> ApproveMethod = new(Service, "ApproveProject");
    private static readonly Method<AdvanceProjectRequest, Project> AdvanceMethod = new(Service, "AdvanceProject");
    private static readonly Method<GetProjectRequest, FundingPlan> PlanMethod = new(Service, "GetFundingPlan");
    private static readonly Method<ListPriorityRequest, PriorityReply> PriorityMethod = new(Service, "ListPriority");
    private static readonly Method<RecordDisbursementRequest, DisbursementSummary> RecordMethod = new(Service, "RecordDisbursement");
    private static readonly Method<GetProjectRequest, DisbursementSummary> DisbursementsMethod = new(Service, "GetDisbursements");
    private static readonly Method<GetProjectRequest, ProjectHistoryReply> HistoryMethod = new(Service, "GetProjectHistory");

    public Task<Envelope> GetEnvelopeAsync(string agreementId, HttpContext caller) =>
        CallAsync(GetEnvelopeMethod, new GetEnvelopeRequest { AgreementId = agreementId }, caller);

    public Task<Project> RegisterAsync(RegisterProjectRequest request, HttpContext caller) => CallAsync(RegisterMethod, request, caller);

    public Task<Project> GetAsync(string id, HttpContext caller) => CallAsync(GetMethod, Id(id), caller);

    public Task<ListProjectsReply> ListAsync(string agreementId, string status, HttpContext caller) =>
        CallAsync(ListMethod, new ListProjectsRequest { AgreementId = agreementId, Status = status }, caller);

    public Task<Project> ApproveAsync(ApproveProjectRequest request, HttpContext caller) => CallAsync(ApproveMethod, request, caller);

    public Task<Project> AdvanceAsync(AdvanceProjectRequest request, HttpContext caller) => CallAsync(AdvanceMethod, request, caller);

    public Task<FundingPlan> GetPlanAsync(string id, HttpContext caller) => CallAsync(PlanMethod, Id(id), caller);

    public Task<PriorityReply> ListPriorityAsync(string agreementId, HttpContext caller) =>
        CallAsync(PriorityMethod, new ListPriorityRequest { AgreementId = agreementId }, caller);

    public Task<DisbursementSummary> RecordDisbursementAsync(RecordDisbursementRequest request, HttpContext caller) =>
        CallAsync(RecordMethod, request, caller);

    public Task<DisbursementSummary> GetDisbursementsAsync(string id, HttpContext caller) => CallAsync(DisbursementsMethod, Id(id), caller);

    public Task<ProjectHistoryReply> HistoryAsync(string id, HttpContext caller) => CallAsync(HistoryMethod, Id(id), caller);

    private static GetProjectRequest Id(string id) => new() { Id = id };

    private Task<TResponse> CallAsync<TRequest, TResponse>(Method<TRequest, TResponse> method, TRequest request, HttpContext caller)
        where TRequest : Google.Protobuf.IMessage<TRequest>
        where TResponse : Google.Protobuf.IMessage<TResponse> =>
        UpstreamCall.UnaryAsync(channels, Resources.Funding, method, request, caller, options.Timeout);
}
