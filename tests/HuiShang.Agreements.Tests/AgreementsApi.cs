using HuiShang.Contracts.Agreements.V1;
using HuiShang.Grpc.Client;

namespace HuiShang.Agreements.Tests;

/// <summary>Typed handles on huishang.agreements.v1.Agreements.</summary>
internal static class AgreementsApi
{
    private static readonly Google.Protobuf.Reflection.ServiceDescriptor Service = AgreementsReflection.Descriptor.Services[0];

    public static readonly Method<GetAgreementRequest, Agreement> Get = new(Service, "GetAgreement");
    public static readonly Method<ListAgreementsRequest, ListAgreementsReply> List = new(Service, "ListAgreements");
    public static readonly Method<CreateVersionRequest, Agreement> CreateVersion = new(Service, "CreateVersion");
    public static readonly Method<GetAgreementRequest, ListVersionsReply> ListVersions = new(Service, "ListVersions");
    public static readonly Method<GetVersionRequest, AgreementVersion> GetVersion = new(Service, "GetVersion");
    public static readonly Method<DiffVersionsRequest, VersionDiff> Diff = new(Service, "DiffVersions");
    public static readonly Method<StartCommentRoundRequest, Agreement> StartRound = new(Service, "StartCommentRound");
    public static readonly Method<AddCommentRequest, Agreement> AddComment = new(Service, "AddComment");
    public static readonly Method<ResolveCommentsRequest, Agreement> Resolve = new(Service, "ResolveComments");
    public static readonly Method<CloseCommentRoundRequest, Agreement> CloseRound = new(Service, "CloseCommentRound");
    public static readonly Method<ReviewRequest, Agreement> DirectorReview = new(Service, "DirectorReview");
    public static readonly Method<ReviewRequest, Agreement> CityReview = new(Service, "CityReview");
    public static readonly Method<ApproveRequest, Agreement> Approve = new(Service, "Approve");
    public static readonly Method<FormalDocumentRequest, Agreement> FormalDocument = new(Service, "RecordFormalDocument");
    public static readonly Method<ScheduleMeetingRequest, Agreement> ScheduleMeeting = new(Service, "ScheduleMeeting");
    public static readonly Method<SignRequest, Agreement> Sign = new(Service, "Sign");
    public static readonly Method<RenewalRequest, Agreement> DecideRenewal = new(Service, "DecideRenewal");
    public static readonly Method<GetAgreementRequest, AgreementHistoryReply> History = new(Service, "GetHistory");
}
