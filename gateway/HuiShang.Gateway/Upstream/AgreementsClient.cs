using HuiShang.Contracts;
using HuiShang.Contracts.Agreements.V1;
using HuiShang.Grpc.Client;

namespace HuiShang.Gateway.Upstream;

/// <summary>The agreements service (huishang.agreements.v1.Agreements) as the gateway calls it.</summary>
public sealed class AgreementsClient(GrpcChannelProvider channels, UpstreamOptions options)
{
    private static readonly Google.Protobuf.Reflection.ServiceDescriptor Service = AgreementsReflection.Descriptor.Services[0];
    private static readonly Method<GetAgreementRequest, Agreement> GetMethod = new(Service, "GetAgreement");
    private static readonly Method<ListAgreementsRequest, ListAgreementsReply> ListMethod = new(Service, "ListAgreements");
    private static readonly Method<CreateVersionRequest, Agreement> CreateVersionMethod = new(Service, "CreateVersion");
    private static readonly Method<GetAgreementRequest, ListVersionsReply> ListVersionsMethod = new(Service, "ListVersions");
    private static readonly Method<GetVersionRequest, AgreementVersion> GetVersionMethod = new(Service, "GetVersion");
    private static readonly Method<DiffVersionsRequest, VersionDiff> DiffMethod = new(Service, "DiffVersions");
    private static readonly Method<StartCommentRoundRequest, Agreement> StartCommentRoundMethod = new(Service, "StartCommentRound");
    private static readonly Method<AddCommentRequest, Agreement> AddCommentMethod = new(Service, "AddComment");
    private static readonly Method<ResolveCommentsRequest, Agreement> ResolveCommentsMethod = new(Service, "ResolveComments");
    private static readonly Method<CloseCommentRoundRequest, Agreement> CloseCommentRoundMethod = new(Service, "CloseCommentRound");
    private static readonly Method<ReviewRequest, Agreement> DirectorReviewMethod = new(Service, "DirectorReview");
    private static readonly Method<ReviewRequest, Agreement> CityReviewMethod = new(Service, "CityReview");
    private static readonly Method<ApproveRequest, Agreement> ApproveMethod = new(Service, "Approve");
    private static readonly Method<FormalDocumentRequest, Agreement> FormalDocumentMethod = new(Service, "RecordFormalDocument");
    private static readonly Method<ScheduleMeetingRequest, Agreement> ScheduleMeetingMethod = new(Service, "ScheduleMeeting");
    private static readonly Method<SignRequest, Agreement> SignMethod = new(Service, "Sign");
    private static readonly Method<RenewalRequest, Agreement> RenewalMethod = new(Service, "DecideRenewal");
    private static readonly Method<GetAgreementRequest, AgreementHistoryReply> HistoryMethod = new(Service, "GetHistory");

    public Task<Agreement> GetAsync(string id, HttpContext caller) => CallAsync(GetMethod, new GetAgreementRequest { Id = id }, caller);

    public Task<ListAgreementsReply> ListAsync(string status, HttpContext caller) =>
        CallAsync(ListMethod, new ListAgreementsRequest { Status = status }, caller);

    public Task<Agreement> CreateVersionAsync(CreateVersionRequest request, HttpContext caller) => CallAsync(CreateVersionMethod, request, caller);

    public Task<ListVersionsReply> ListVersionsAsync(string id, HttpContext caller) =>
        CallAsync(ListVersionsMethod, new GetAgreementRequest { Id = id }, caller);

    public Task<AgreementVersion> GetVersionAsync(string id, int number, HttpContext caller) =>
        CallAsync(GetVersionMethod, new GetVersionRequest { AgreementId = id, Number = number }, caller);

    public Task<VersionDiff> DiffAsync(string id, int from, int to, HttpContext caller) =>
        CallAsync(DiffMethod, new DiffVersionsRequest { AgreementId = id, From = from, To = to }, caller);

    public Task<Agreement> StartCommentRoundAsync(StartCommentRoundRequest request, HttpContext caller) => CallAsync(StartCommentRoundMethod, request, caller);

    public Task<Agreement> AddCommentAsync(AddCommentRequest request, HttpContext caller) => CallAsync(AddCommentMethod, request, caller);

    public Task<Agreement> ResolveCommentsAsync(ResolveCommentsRequest request, HttpContext caller) => CallAsync(ResolveCommentsMethod, request, caller);

    public Task<Agreement> CloseCommentRoundAsync(CloseCommentRoundRequest request, HttpContext caller) => CallAsync(CloseCommentRoundMethod, request, caller);

    public Task<Agreement> DirectorReviewAsync(ReviewRequest request, HttpContext caller) => CallAsync(DirectorReviewMethod, request, caller);

    public Task<Agreement> CityReviewAsync(ReviewRequest request, HttpContext caller) => CallAsync(CityReviewMethod, request, caller);

    public Task<Agreement> ApproveAsync(ApproveRequest request, HttpContext caller) => CallAsync(ApproveMethod, request, caller);

    public Task<Agreement> RecordFormalDocumentAsync(FormalDocumentRequest request, HttpContext caller) => CallAsync(FormalDocumentMethod, request, caller);

    public Task<Agreement> ScheduleMeetingAsync(ScheduleMeetingRequest request, HttpContext caller) => CallAsync(ScheduleMeetingMethod, request, caller);

    public Task<Agreement> SignAsync(SignRequest request, HttpContext caller) => CallAsync(SignMethod, request, caller);

    public Task<Agreement> DecideRenewalAsync(RenewalRequest request, HttpContext caller) => CallAsync(RenewalMethod, request, caller);

    public Task<AgreementHistoryReply> HistoryAsync(string id, HttpContext caller) => CallAsync(HistoryMethod, new GetAgreementRequest { Id = id }, caller);

    private Task<TResponse> CallAsync<TRequest, TResponse>(Method<TRequest, TResponse> method, TRequest request, HttpContext caller)
        where TRequest : Google.Protobuf.IMessage<TRequest>
        where TResponse : Google.Protobuf.IMessage<TResponse> =>
        UpstreamCall.UnaryAsync(channels, Resources.Agreements, method, request, caller, options.Timeout);
}
