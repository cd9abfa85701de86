using HuiShang.Contracts.Common.V1;
using V1 = HuiShang.Contracts.Evaluation.V1;

namespace HuiShang.Gateway.Tracking;

/// <summary>The evaluation service's tracking API (huishang.evaluation.v1.Tracking) as the gateway calls it.</summary>
public sealed class TrackingClient(V1.Tracking.TrackingClient grpc)
{
    public Task<V1.TrackingView> GetAsync(string agreementId) => grpc.GetTrackingAsync(new V1.GetTrackingRequest { AgreementId = agreementId }).ResponseAsync;

    public Task<V1.ListTrackingReply> ListAsync(bool overdueOnly, PageParameters page) =>
        grpc.ListTrackingAsync(new V1.ListTrackingRequest { OverdueOnly = overdueOnly, Page = page.ToMessage() }).ResponseAsync;

    public Task<V1.Filing> FileLedgerAsync(V1.FileLedgerRequest request) => grpc.FileLedgerAsync(request).ResponseAsync;

    public Task<V1.Filing> FileAnnualReportAsync(V1.FileAnnualReportRequest request) => grpc.FileAnnualReportAsync(request).ResponseAsync;

    public Task<V1.Filing> FileImplementationPlanAsync(V1.FileImplementationPlanRequest request) => grpc.FileImplementationPlanAsync(request).ResponseAsync;

    public Task<V1.Filing> GetFilingAsync(string agreementId, string filingId) =>
        grpc.GetFilingAsync(new V1.GetFilingRequest { AgreementId = agreementId, FilingId = filingId }).ResponseAsync;

    public Task<V1.ListFilingsReply> ListFilingsAsync(string agreementId, string kind, PageParameters page) =>
        grpc.ListFilingsAsync(new V1.ListFilingsRequest { AgreementId = agreementId, Kind = kind, Page = page.ToMessage() }).ResponseAsync;

    public Task<V1.Filing> ReturnFilingAsync(V1.ReturnFilingRequest request) => grpc.ReturnFilingAsync(request).ResponseAsync;

    public Task<V1.TrackingView> AssignAsync(V1.AssignItemsRequest request) => grpc.AssignItemsAsync(request).ResponseAsync;

    public Task<V1.TrackingView> MarkDoneAsync(V1.MarkItemDoneRequest request) => grpc.MarkItemDoneAsync(request).ResponseAsync;

    public Task<V1.TrackingView> ReviewAsync(V1.ReviewItemRequest request) => grpc.ReviewItemAsync(request).ResponseAsync;

    public Task<V1.TrackingHistoryReply> HistoryAsync(string agreementId, PageRequest page) =>
        grpc.GetTrackingHistoryAsync(new V1.GetTrackingHistoryRequest { AgreementId = agreementId, Page = page }).ResponseAsync;
}
