using Grpc.Core;
using HuiShang.Contracts.Common.V1;
using HuiShang.ServiceDefaults.Audit;

namespace HuiShang.Proposals.Grpc;

public sealed partial class ProposalsService
{
    /// <summary>admin: checks every proposal's history chain, or one proposal's (decision 012).</summary>
    public override Task<HistoryVerification> VerifyHistory(VerifyHistoryRequest request, ServerCallContext context) =>
        context.VerifyHistoryAsync(request, db.ProposalHistory, e => e.ProposalId, db.Proposals);
}
