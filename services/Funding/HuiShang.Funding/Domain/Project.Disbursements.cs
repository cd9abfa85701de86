using HuiShang.Contracts.Events;
using HuiShang.Funding.Domain.Disbursements;

namespace HuiShang.Funding.Domain;

/// <summary>Money arrived or spent per source, within the plan's shares.</summary>
public sealed partial class Project
{
    /// <summary>
    /// Records a disbursement of a funded project dated not before its approval, if the ledger of
    /// <paramref name="entries"/> allows it. The project's version moves, so two records racing for the
    /// same share cannot both be saved.
    /// </summary>
    public (Disbursement Entry, FundsDisbursed Disbursed) RecordDisbursement(
        DisbursementDraft draft, IReadOnlyList<Disbursement> entries, string by, DateTimeOffset now)
    {
        EnsureStatus("recorded a disbursement", Funded);
        EnsureStepDate(draft.On);
        new DisbursementLedger(Plan!, ApprovedOn!.Value, entries).Check(draft);
        Version++;
        Record("disbursement", Status, by, now, $"{draft.Source} {draft.Kind} {Money.Text(draft.Amount)} on {draft.On:yyyy-MM-dd}");
        var entry = Disbursement.Record(Id, draft, by, now);
        var disbursed = new FundsDisbursed(Id, entry.Id, RegionCode, DistrictCode, JurisdictionCode, entry.Source, entry.Kind, entry.Amount, entry.On);
        return (entry, disbursed);
    }
}
