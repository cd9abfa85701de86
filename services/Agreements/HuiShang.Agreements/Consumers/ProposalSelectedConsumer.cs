using HuiShang.Agreements.Data;
using HuiShang.Agreements.Domain;
using HuiShang.Contracts.Events;
using HuiShang.Messaging;
using HuiShang.Policies;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Agreements.Consumers;

/// <summary>
/// GX-14: a selected proposal opens its agreement draft, once per proposal, under the profile in force
/// on the selection date. HB-17: with work meetings in the profile and a signed, unexpired framework
/// for the region, it is that framework's work-meeting 协议书 instead.
/// </summary>
public sealed class ProposalSelectedConsumer(
    AgreementsDbContext db, IEventOutbox outbox, PolicyCatalog policies, [FromKeyedServices(AgreementsClock.Key)] TimeProvider time)
    : InboxConsumer<ProposalSelected, AgreementsDbContext>(db)
{
    public const string Endpoint = "agreements-proposal-selected";

    protected override async Task HandleAsync(ProposalSelected message, ConsumeContext<ProposalSelected> context, CancellationToken cancellationToken)
    {
        if (ProposalSelectedContract.Violation(message) is { } violation)
        {
            throw new MessageRejectedException(violation);
        }

        // The same proposal selected again (another message id) still has one agreement.
        if (await Db.Agreements.AnyAsync(a => a.ProposalId == message.ProposalId, cancellationToken))
        {
            return;
        }

        var selectedOn = PolicyCalendar.DateOf(message.SelectedAt);
        PolicyVersion policy;
        try
        {
            policy = policies.InForce(message.JurisdictionCode, selectedOn);
        }
        catch (NoPolicyInForceException ex)
        {
            throw new MessageRejectedException(ex.Message);
        }

        var framework = await SignedFrameworkAsync(message, selectedOn, cancellationToken);
        var (agreement, version, drafted) = Agreement.Open(OpeningFactory.For(message, policy, framework), time.GetUtcNow());
        Db.Agreements.Add(agreement);
        Db.Versions.Add(version);
        outbox.Add(drafted);
    }

    private async Task<Agreement?> SignedFrameworkAsync(ProposalSelected message, DateOnly selectedOn, CancellationToken cancellationToken)
    {
        var frameworks = await Db.Agreements.AsNoTracking().AsSplitQuery()
            .Where(a => a.RegionCode == message.RegionCode && a.JurisdictionCode == message.JurisdictionCode
                && a.Kind == AgreementKinds.Framework && a.Status == AgreementStatus.Signed)
            .ToListAsync(cancellationToken);
        return frameworks
            .Where(a => a.ExpiresOn is null || a.ExpiresOn >= selectedOn)
            .OrderByDescending(a => a.SignedOn)
            .FirstOrDefault();
    }
}
