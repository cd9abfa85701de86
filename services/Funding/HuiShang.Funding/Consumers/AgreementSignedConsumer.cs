using HuiShang.Contracts.Events;
using HuiShang.Funding.Data;
using HuiShang.Funding.Domain;
using HuiShang.Messaging;
using HuiShang.Policies;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Funding.Consumers;

/// <summary>
/// Opens the funding envelope of a signed agreement (GX-18), with the cap of the profile in force on the
/// signing date for the agreement's jurisdiction. Idempotent twice over: the inbox drops a redelivery, and
/// a second AgreementSigned for the same agreement leaves the first envelope as it is. No profile in force
/// on the signing date: the envelope opens without a cap and says why (the event is not dropped).
/// </summary>
public sealed class AgreementSignedConsumer(FundingDbContext db, PolicyCatalog policies, [FromKeyedServices(FundingClock.Key)] TimeProvider time)
    : InboxConsumer<AgreementSigned, FundingDbContext>(db)
{
    public const string Endpoint = "funding-agreement-signed";

    protected override async Task HandleAsync(AgreementSigned message, ConsumeContext<AgreementSigned> context, CancellationToken cancellationToken)
    {
        if (AgreementSignedContract.Violation(message) is { } violation)
        {
            throw new MessageRejectedException(violation);
        }

        if (await Db.Envelopes.AnyAsync(e => e.AgreementId == message.AgreementId, cancellationToken))
        {
            return;
        }

        Db.Envelopes.Add(Envelope.Open(Terms(message), Cap(message), time.GetUtcNow()));
    }

    private EnvelopeCap Cap(AgreementSigned message)
    {
        try
        {
            return EnvelopeCap.For(policies.InForce(message.JurisdictionCode, message.SignedOn), message.Tier);
        }
        catch (NoPolicyInForceException error)
        {
            return EnvelopeCap.NoPolicy(error);
        }
    }

    private static EnvelopeTerms Terms(AgreementSigned message) => new(
        message.AgreementId, message.ProposalId, message.RegionCode, message.JurisdictionCode, message.Tier, message.Year, message.SignedOn,
        message.Items.Select(i => new EnvelopeItem(i.Title, i.Field, i.OwnerSide, i.LeadUnit, string.Join("; ", i.CoUnits ?? []),
            i.ResponsiblePerson, i.DueOn)).ToList());
}
