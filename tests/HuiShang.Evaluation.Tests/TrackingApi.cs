using HuiShang.Contracts.Common.V1;
using HuiShang.Contracts.Evaluation.V1;

namespace HuiShang.Evaluation.Tests;

/// <summary>Typed handles on huishang.evaluation.v1.Tracking.</summary>
internal static class TrackingApi
{
    private static readonly Google.Protobuf.Reflection.ServiceDescriptor Service = TrackingReflection.Descriptor.Services[0];

    public static readonly UnaryMethod<GetTrackingRequest, TrackingView> Get = new(Service, "GetTracking");

    public static readonly UnaryMethod<ListTrackingRequest, ListTrackingReply> List = new(Service, "ListTracking");

    public static readonly UnaryMethod<FileImplementationPlanRequest, Filing> FilePlan = new(Service, "FileImplementationPlan");

    public static readonly UnaryMethod<FileLedgerRequest, Filing> FileLedger = new(Service, "FileLedger");

    public static readonly UnaryMethod<FileAnnualReportRequest, Filing> FileReport = new(Service, "FileAnnualReport");

    public static readonly UnaryMethod<GetFilingRequest, Filing> GetFiling = new(Service, "GetFiling");

    public static readonly UnaryMethod<ListFilingsRequest, ListFilingsReply> ListFilings = new(Service, "ListFilings");

    public static readonly UnaryMethod<ReturnFilingRequest, Filing> Return = new(Service, "ReturnFiling");

    public static readonly UnaryMethod<AssignItemsRequest, TrackingView> Assign = new(Service, "AssignItems");

    public static readonly UnaryMethod<MarkItemDoneRequest, TrackingView> Done = new(Service, "MarkItemDone");

    public static readonly UnaryMethod<ReviewItemRequest, TrackingView> Review = new(Service, "ReviewItem");

    public static readonly UnaryMethod<GetTrackingHistoryRequest, TrackingHistoryReply> History = new(Service, "GetTrackingHistory");

    public static readonly UnaryMethod<VerifyHistoryRequest, HistoryVerification> VerifyHistory = new(Service, "VerifyHistory");
}
