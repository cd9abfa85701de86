using Grpc.Core;
using HuiShang.Contracts.Common.V1;
using HuiShang.ServiceDefaults.Audit;

namespace HuiShang.Funding.Grpc;

public sealed partial class FundingService
{
    /// <summary>admin: checks every project's history chain, or one project's (decision 012).</summary>
    public override Task<HistoryVerification> VerifyHistory(VerifyHistoryRequest request, ServerCallContext context) =>
        context.VerifyHistoryAsync(request, db.ProjectHistory, e => e.ProjectId, db.Projects);
}
