using HuiShang.Contracts.Funding.V1;
using HuiShang.Grpc.Client;

namespace HuiShang.Funding.Tests;

/// <summary>Typed handles on huishang.funding.v1.Funding.</summary>
internal static class FundingApi
{
    private static readonly Google.Protobuf.Reflection.ServiceDescriptor Service = FundingReflection.Descriptor.Services[0];

    public static readonly Method<GetEnvelopeRequest, Envelope> GetEnvelope = new(Service, "GetEnvelope");

    public static readonly Method<RegisterProjectRequest, Project> Register = new(Service, "RegisterProject");

    public static readonly Method<GetProjectRequest, Project> Get = new(Service, "GetProject");

    public static readonly Method<ListProjectsRequest, ListProjectsReply> List = new(Service, "ListProjects");

    public static readonly Method<ApproveProjectRequest, Project> Approve = new(Service, "ApproveProject");

    public static readonly Method<AdvanceProjectRequest, Project> Advance = new(Service, "AdvanceProject");

    public static readonly Method<GetProjectRequest, FundingPlan> Plan = new(Service, "GetFundingPlan");

    public static readonly Method<ListPriorityRequest, PriorityReply> Priority = new(Service, "ListPriority");

    public static readonly Method<RecordDisbursementRequest, DisbursementSummary> Record = new(Service, "RecordDisbursement");

    public static readonly Method<GetProjectRequest, DisbursementSummary> Disbursements = new(Service, "GetDisbursements");

    public static readonly Method<GetProjectRequest, ProjectHistoryReply> History = new(Service, "GetProjectHistory");
}
