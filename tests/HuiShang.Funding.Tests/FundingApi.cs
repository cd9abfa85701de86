using HuiShang.Contracts.Funding.V1;
using Grpc.Core;
using HuiShang.ServiceTesting;

namespace HuiShang.Funding.Tests;

/// <summary>Typed handles on huishang.funding.v1.Funding.</summary>
internal static class FundingApi
{
    private static readonly Google.Protobuf.Reflection.ServiceDescriptor Service = FundingReflection.Descriptor.Services[0];

    public static readonly UnaryMethod<GetEnvelopeRequest, Envelope> GetEnvelope = new(Service, "GetEnvelope");

    public static readonly UnaryMethod<RegisterProjectRequest, Project> Register = new(Service, "RegisterProject");

    public static readonly UnaryMethod<GetProjectRequest, Project> Get = new(Service, "GetProject");

    public static readonly UnaryMethod<ListProjectsRequest, ListProjectsReply> List = new(Service, "ListProjects");

    public static readonly UnaryMethod<ApproveProjectRequest, Project> Approve = new(Service, "ApproveProject");

    public static readonly UnaryMethod<AdvanceProjectRequest, Project> Advance = new(Service, "AdvanceProject");

    public static readonly UnaryMethod<GetProjectRequest, FundingPlan> Plan = new(Service, "GetFundingPlan");

    public static readonly UnaryMethod<ListPriorityRequest, PriorityReply> Priority = new(Service, "ListPriority");

    public static readonly UnaryMethod<RecordDisbursementRequest, DisbursementSummary> Record = new(Service, "RecordDisbursement");

    public static readonly UnaryMethod<GetProjectRequest, DisbursementSummary> Disbursements = new(Service, "GetDisbursements");

    public static readonly UnaryMethod<GetProjectHistoryRequest, ProjectHistoryReply> History = new(Service, "GetProjectHistory");

    public static readonly UnaryMethod<HuiShang.Contracts.Common.V1.VerifyHistoryRequest, HuiShang.Contracts.Common.V1.HistoryVerification> VerifyHistory =
        new(Service, "VerifyHistory");
}
