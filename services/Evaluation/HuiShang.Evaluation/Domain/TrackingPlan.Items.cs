using HuiShang.Contracts.Events;
using HuiShang.Policies;
using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Evaluation.Domain;

/// <summary>GX-19 任务分工, items done with evidence and accepted (GX-18); all accepted: Fulfilled.</summary>
public sealed partial class TrackingPlan
{
    /// <summary>GX-19: the coordinating division splits the province's items among business divisions.</summary>
    public void Assign(IReadOnlyList<(Guid ItemId, string Division)> assignments, string by, DateTimeOffset now)
    {
        RequireOpen("assigned");
        foreach (var (itemId, division) in assignments)
        {
            RequireItem(itemId).AssignTo(division);
        }

        Changed(Status, "assign", by, now, string.Join("; ", assignments.Select(a => $"{RequireItem(a.ItemId).Title} → {a.Division}")));
    }

    /// <summary>The owner marks its item done with evidence: the city bureau a city item, the assigned division a province item.</summary>
    public AgreedItemStatusChanged MarkDone(Guid itemId, string evidence, ItemOwner owner, string by, DateTimeOffset now)
    {
        RequireOpen("marked done");
        var item = RequireItem(itemId);
        if (!owner.Owns(item))
        {
            // Not the owner: as if the item were not there (a division sees only what it owns).
            throw new InvalidStateException($"Item '{item.Title}' is owned by the {item.OwnerSide} side{(item.Division.Length > 0 ? $" ({item.Division})" : "")}: only its owner marks it done.");
        }

        item.MarkDone(evidence, by, now);
        FindNotice(PeriodKeys.OfItem(item.Id))?.Clear(now);
        Changed(Status, "item-done", by, now, $"{item.Title}: {evidence}");
        return ItemChanged(item, now);
    }

    /// <summary>
    /// The coordinating division accepts a done item as completed, or sends it back with a reason. The
    /// last acceptance makes the agreement Fulfilled and returns that event too.
    /// </summary>
    public (AgreedItemStatusChanged Changed, AgreementFulfilled? Fulfilled) Review(Guid itemId, bool accept, string? reason, string by, DateTimeOffset now)
    {
        RequireOpen("reviewed");
        var item = RequireItem(itemId);
        if (!accept)
        {
            item.SendBack(reason!);
            Changed(Status, "item-returned", by, now, $"{item.Title}: {reason}");
            return (ItemChanged(item, now), null);
        }

        item.Accept(by, now);
        var from = Status;
        AgreementFulfilled? fulfilled = null;
        if (_items.All(i => i.Status == ObligationStatus.Completed))
        {
            Status = TrackingStatus.Fulfilled;
            FulfilledOn = PolicyCalendar.DateOf(now);
            foreach (var notice in _notices)
            {
                notice.Clear(now);
            }

            fulfilled = new AgreementFulfilled(Id, RegionCode, JurisdictionCode, _items.Count, FulfilledOn.Value, now);
        }

        Changed(from, "item-accepted", by, now, fulfilled is null ? item.Title : $"{item.Title}; every item completed");
        return (ItemChanged(item, now), fulfilled);
    }

    private Obligation RequireItem(Guid itemId) =>
        FindItem(itemId) ?? throw new DomainValidationException("Not an agreed item of this agreement.", [new("itemId", $"No item '{itemId}' in this agreement.")]);
}
