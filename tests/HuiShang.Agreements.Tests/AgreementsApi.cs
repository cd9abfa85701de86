using HuiShang.Contracts.Agreements.V1;
using Grpc.Core;
using HuiShang.ServiceTesting;

namespace HuiShang.Agreements.Tests;

/// <summary>Typed handles on huishang.agreements.v1.Agreements.</summary>
internal static class AgreementsApi
{
    private static readonly Google.Protobuf.Reflection.ServiceDescriptor Service = AgreementsReflection.Descriptor.Services[0];

    public static readonly UnaryMethod<GetAgreementRequest, Agreement> Get = new(Service, "GetAgreement");
    public static readonly UnaryMethod<ListAgreementsRequest, ListAgreementsReply> List = new(Service, "ListAgreements");
    public static readonly UnaryMethod<CreateVersionRequest, Agreement> CreateVersion = new(Service, "CreateVersion");
    public static readonly UnaryMethod<GetAgreementRequest, ListVersionsReply> ListVersions = new(Service, "ListVersions");
    public static readonly UnaryMethod<GetVersionRequest, AgreementVersion> GetVersion = new(Service, "GetVersion");
    public static readonly UnaryMethod<DiffVersionsRequest, VersionDiff> Diff = new(Service, "DiffVersions");
    public static readonly UnaryMethod<StartCommentRoundRequest, Agreement> StartRound = new(Service, "StartCommentRound");
    public static readonly UnaryMethod<AddCommentRequest, Agreement> AddComment = new(Service, "AddComment");
    public static readonly UnaryMethod<ResolveCommentsRequest, Agreement> Resolve = new(Service, "ResolveComments");
    public static readonly UnaryMethod<CloseCommentRoundRequest, Agreement> CloseRound = new(Service, "CloseCommentRound");
    public static readonly UnaryMethod<ReviewRequest, Agreement> DirectorReview = new(Service, "DirectorReview");
    public static readonly UnaryMethod<ReviewRequest, Agreement> CityReview = new(Service, "CityReview");
    public static readonly UnaryMethod<ApproveRequest, Agreement> Approve = new(Service, "Approve");
    public static readonly UnaryMethod<FormalDocumentRequest, Agreement> FormalDocument = new(Service, "RecordFormalDocument");
    public static readonly UnaryMethod<ScheduleMeetingRequest, Agreement> ScheduleMeeting = new(Service, "ScheduleMeeting");
    public static readonly UnaryMethod<SignRequest, Agreement> Sign = new(Service, "Sign");
    public static readonly UnaryMethod<RenewalRequest, Agreement> DecideRenewal = new(Service, "DecideRenewal");
    public static readonly UnaryMethod<GetHistoryRequest, AgreementHistoryReply> History = new(Service, "GetHistory");

    public static readonly UnaryMethod<HuiShang.Contracts.Common.V1.VerifyHistoryRequest, HuiShang.Contracts.Common.V1.HistoryVerification> VerifyHistory =
        new(Service, "VerifyHistory");
}
