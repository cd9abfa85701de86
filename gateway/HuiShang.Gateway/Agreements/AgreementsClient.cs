using HuiShang.Contracts.Common.V1;
using V1 = HuiShang.Contracts.Agreements.V1;

namespace HuiShang.Gateway.Agreements;

/// <summary>The agreements service (huishang.agreements.v1.Agreements) as the gateway calls it.</summary>
public sealed class AgreementsClient(HuiShang.Contracts.Agreements.V1.Agreements.AgreementsClient grpc)
{
    public Task<V1.Agreement> GetAsync(string id) => grpc.GetAgreementAsync(new V1.GetAgreementRequest { Id = id }).ResponseAsync;

    public Task<V1.ListAgreementsReply> ListAsync(string status, PageParameters page) =>
        grpc.ListAgreementsAsync(new V1.ListAgreementsRequest { Status = status, Page = page.ToMessage() }).ResponseAsync;

    public Task<V1.Agreement> CreateVersionAsync(V1.CreateVersionRequest request) => grpc.CreateVersionAsync(request).ResponseAsync;

    public Task<V1.ListVersionsReply> ListVersionsAsync(string id) =>
        grpc.ListVersionsAsync(new V1.GetAgreementRequest { Id = id }).ResponseAsync;

    public Task<V1.AgreementVersion> GetVersionAsync(string id, int number) =>
        grpc.GetVersionAsync(new V1.GetVersionRequest { AgreementId = id, Number = number }).ResponseAsync;

    public Task<V1.VersionDiff> DiffAsync(string id, int from, int to) =>
        grpc.DiffVersionsAsync(new V1.DiffVersionsRequest { AgreementId = id, From = from, To = to }).ResponseAsync;

    public Task<V1.Agreement> StartCommentRoundAsync(V1.StartCommentRoundRequest request) => grpc.StartCommentRoundAsync(request).ResponseAsync;

    public Task<V1.Agreement> AddCommentAsync(V1.AddCommentRequest request) => grpc.AddCommentAsync(request).ResponseAsync;

    public Task<V1.Agreement> ResolveCommentsAsync(V1.ResolveCommentsRequest request) => grpc.ResolveCommentsAsync(request).ResponseAsync;

    public Task<V1.Agreement> CloseCommentRoundAsync(V1.CloseCommentRoundRequest request) => grpc.CloseCommentRoundAsync(request).ResponseAsync;

    public Task<V1.Agreement> DirectorReviewAsync(V1.ReviewRequest request) => grpc.DirectorReviewAsync(request).ResponseAsync;

    public Task<V1.Agreement> CityReviewAsync(V1.ReviewRequest request) => grpc.CityReviewAsync(request).ResponseAsync;

    public Task<V1.Agreement> ApproveAsync(V1.ApproveRequest request) => grpc.ApproveAsync(request).ResponseAsync;

    public Task<V1.Agreement> RecordFormalDocumentAsync(V1.FormalDocumentRequest request) => grpc.RecordFormalDocumentAsync(request).ResponseAsync;

    public Task<V1.Agreement> ScheduleMeetingAsync(V1.ScheduleMeetingRequest request) => grpc.ScheduleMeetingAsync(request).ResponseAsync;

    public Task<V1.Agreement> SignAsync(V1.SignRequest request) => grpc.SignAsync(request).ResponseAsync;

    public Task<V1.Agreement> DecideRenewalAsync(V1.RenewalRequest request) => grpc.DecideRenewalAsync(request).ResponseAsync;

    public Task<V1.AgreementHistoryReply> HistoryAsync(string id, PageRequest page) =>
        grpc.GetHistoryAsync(new V1.GetHistoryRequest { Id = id, Page = page }).ResponseAsync;
}
