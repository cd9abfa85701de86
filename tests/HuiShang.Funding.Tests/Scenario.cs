using HuiShang.Contracts.Funding.V1;
using Grpc.Core;
using HuiShang.ServiceTesting;

namespace HuiShang.Funding.Tests;

/// <summary>Steps most tests share: register, approve, advance, record money (refusals: ServiceTesting.Refusals).</summary>
internal static class Scenario
{
    public static RegisterProjectRequest Request(Guid agreementId, string upperSupport, string districtCode = "", string mode = "directed", string ratio = "") => new()
    {
        AgreementId = agreementId.ToString(),
        Title = "动力电池回收示范",
        Field = "new-energy",
        DistrictCode = districtCode,
        Mode = mode,
        UpperSupport = Wire.Yuan(upperSupport),
        OfferedMatchRatio = ratio,
    };

    public static Task<Project> RegisterAsync(this ServiceHost host, string user, RegisterProjectRequest request) =>
        host.Channel.UnaryAsync(FundingApi.Register, request, host.As(user));

    public static Task<Project> RegisterAsync(this ServiceHost host, string user, Guid agreementId, string upperSupport, string districtCode = "", string ratio = "") =>
        host.RegisterAsync(user, Request(agreementId, upperSupport, districtCode, ratio: ratio));

    public static Task<Project> ApproveAsync(this ServiceHost host, string planning, string id, string approvedOn = "", long expectedVersion = 0) =>
        host.Channel.UnaryAsync(FundingApi.Approve, new ApproveProjectRequest { Id = id, ApprovedOn = Wire.OptionalDate(approvedOn), ExpectedVersion = expectedVersion }, host.As(planning));

    public static Task<Project> AdvanceAsync(this ServiceHost host, string planning, string id, string to, string reason = "", string mode = "", long expectedVersion = 0, string on = "") =>
        host.Channel.UnaryAsync(FundingApi.Advance,
            new AdvanceProjectRequest { Id = id, ToStatus = to, Reason = reason, AcceptanceMode = mode, ExpectedVersion = expectedVersion, On = Wire.OptionalDate(on) }, host.As(planning));

    public static Task<FundingPlan> PlanAsync(this ServiceHost host, string user, string id) =>
        host.Channel.UnaryAsync(FundingApi.Plan, new GetProjectRequest { Id = id }, host.As(user));

    public static Task<Envelope> EnvelopeAsync(this ServiceHost host, string user, Guid agreementId) =>
        host.Channel.UnaryAsync(FundingApi.GetEnvelope, new GetEnvelopeRequest { AgreementId = agreementId.ToString() }, host.As(user));

    public static Task<DisbursementSummary> RecordAsync(this ServiceHost host, string user, string projectId, string source, string kind, string amount, string on = "") =>
        host.Channel.UnaryAsync(FundingApi.Record,
            new RecordDisbursementRequest { ProjectId = projectId, Source = source, Kind = kind, Amount = Wire.Yuan(amount), On = Wire.OptionalDate(on) }, host.As(user));

    /// <summary>An approved XJ project in 天山区 (category 3) with 3,000,000 upper support.</summary>
    public static async Task<Project> ApprovedTianshanAsync(this ServiceHost host, string upperSupport = "3000000.00", string approvedOn = "")
    {
        var agreement = await host.SignAsync(Users.Urumqi, "650000", "General");
        var project = await host.RegisterAsync(Users.UrumqiBureau, agreement, upperSupport, "650102");
        return await host.ApproveAsync(Users.XinjiangPlanning, project.Id, approvedOn);
    }

    public static PlanShare Share(this FundingPlan plan, string source) => plan.Shares.Single(s => s.Source == source);

    public static SourceSummary Source(this DisbursementSummary summary, string source) => summary.Sources.Single(s => s.Source == source);
}
