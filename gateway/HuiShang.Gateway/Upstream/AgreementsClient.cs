using HuiShang.Contracts.Agreements.V1;

namespace HuiShang.Gateway.Upstream;

/// <summary>The agreements service (huishang.agreements.v1.Agreements) as the gateway calls it.</summary>
public sealed class AgreementsClient(HuiShang.Contracts.Agreements.V1.Agreements.AgreementsClient grpc)
{
    public Task<Agreement> GetAsync(string id) => grpc.GetAgreementAsync(new GetAgreementRequest { Id = id }).ResponseAsync;

    public Task<ListAgreementsReply> ListAsync(string status) =>
        grpc.ListAgreementsAsync(new ListAgreementsRequest { Status = status }).ResponseAsync;

    public Task<Agreement> CreateVersionAsync(CreateVersionRequest request) => grpc.CreateVersionAsync(request).ResponseAsync;

    public Task<ListVersionsReply> ListVersionsAsync(string id) =>
        grpc.ListVersionsAsync(new GetAgreementRequest { Id = id }).ResponseAsync;

    public Task<AgreementVersion> GetVersionAsync(string id, int number) =>
        grpc.GetVersionAsync(new GetVersionRequest { AgreementId = id, Number = number }).ResponseAsync;

    public Task<VersionDiff> DiffAsync(string id, int from, int to) =>
        grpc.DiffVersionsAsync(new DiffVersionsRequest { AgreementId = id, From = from, To = to }).ResponseAsync;

    public Task<Agreement> StartCommentRoundAsync(StartCommentRoundRequest request) => grpc.StartCommentRoundAsync(request).ResponseAsync;

    public Task<Agreement> AddCommentAsync(AddCommentRequest request) => grpc.AddCommentAsync(request).ResponseAsync;

    public Task<Agreement> ResolveCommentsAsync(ResolveCommentsRequest request) => grpc.ResolveCommentsAsync(request).ResponseAsync;

    public Task<Agreement> CloseCommentRoundAsync(CloseCommentRoundRequest request) => grpc.CloseCommentRoundAsync(request).ResponseAsync;

    public Task<Agreement> DirectorReviewAsync(ReviewRequest request) => grpc.DirectorReviewAsync(request).ResponseAsync;

    public Task<Agreement> CityReviewAsync(ReviewRequest request) => grpc.CityReviewAsync(request).ResponseAsync;

    public Task<Agreement> ApproveAsync(ApproveRequest request) => grpc.ApproveAsync(request).ResponseAsync;

    public Task<Agreement> RecordFormalDocumentAsync(FormalDocumentRequest request) => grpc.RecordFormalDocumentAsync(request).ResponseAsync;

    public Task<Agreement> ScheduleMeetingAsync(ScheduleMeetingRequest request) => grpc.ScheduleMeetingAsync(request).ResponseAsync;

    public Task<Agreement> SignAsync(SignRequest request) => grpc.SignAsync(request).ResponseAsync;

    public Task<Agreement> DecideRenewalAsync(RenewalRequest request) => grpc.DecideRenewalAsync(request).ResponseAsync;

    public Task<AgreementHistoryReply> HistoryAsync(string id) => grpc.GetHistoryAsync(new GetAgreementRequest { Id = id }).ResponseAsync;
}
