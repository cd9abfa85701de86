using HuiShang.Contracts;
using HuiShang.Contracts.Common.V1;

namespace HuiShang.Gateway.Audit;

/// <summary>The VerifyHistory RPC of each service that keeps a hash-chained history (decision 012).</summary>
public sealed class AuditClient(
    Contracts.Proposals.V1.Proposals.ProposalsClient proposals,
    Contracts.Agreements.V1.Agreements.AgreementsClient agreements,
    Contracts.Funding.V1.Funding.FundingClient funding,
    Contracts.Evaluation.V1.Tracking.TrackingClient tracking)
{
    public static readonly IReadOnlyList<string> Services = [Resources.Proposals, Resources.Agreements, Resources.Funding, Resources.Evaluation];

    /// <summary>Null when <paramref name="service"/> keeps no audited history.</summary>
    public Task<HistoryVerification>? VerifyAsync(string service, string recordId)
    {
        var request = new VerifyHistoryRequest { RecordId = recordId };
        return service switch
        {
            Resources.Proposals => proposals.VerifyHistoryAsync(request).ResponseAsync,
            Resources.Agreements => agreements.VerifyHistoryAsync(request).ResponseAsync,
            Resources.Funding => funding.VerifyHistoryAsync(request).ResponseAsync,
            Resources.Evaluation => tracking.VerifyHistoryAsync(request).ResponseAsync,
            _ => null,
        };
    }
}
