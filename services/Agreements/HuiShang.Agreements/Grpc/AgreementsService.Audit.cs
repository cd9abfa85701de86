using Grpc.Core;
using HuiShang.Contracts.Common.V1;
using HuiShang.ServiceDefaults.Audit;

namespace HuiShang.Agreements.Grpc;

public sealed partial class AgreementsService
{
    /// <summary>admin: checks every agreement's history chain, or one agreement's (decision 012).</summary>
    public override Task<HistoryVerification> VerifyHistory(VerifyHistoryRequest request, ServerCallContext context) =>
        context.VerifyHistoryAsync(request, db.History, e => e.AgreementId, db.Agreements);
}
