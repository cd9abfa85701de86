using HuiShang.Contracts.Events;
using HuiShang.Messaging;
using HuiShang.Proposals.Data;
using HuiShang.Proposals.Domain;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Proposals.Consumers;

/// <summary>
/// Keeps the HB-17 read model: the signed frameworks (HB-15, with their expiry) that make a region's next
/// selection a work meeting. Work-meeting agreements are not frameworks and are ignored. The first delivery of
/// an agreement wins; the inbox makes a redelivery a no-op.
/// </summary>
public sealed class AgreementSignedConsumer(ProposalsDbContext db) : InboxConsumer<AgreementSigned, ProposalsDbContext>(db)
{
    public const string Endpoint = "proposals.agreement-signed";

    protected override async Task HandleAsync(AgreementSigned message, ConsumeContext<AgreementSigned> context, CancellationToken cancellationToken)
    {
        if (message.Kind != SignedFramework.Kind)
        {
            return;
        }

        // A malformed event would only fail in the database after every retry: refuse it now, by name.
        if (Violation(message) is { } violation)
        {
            throw new MessageRejectedException(violation);
        }

        if (await Db.SignedFrameworks.AnyAsync(f => f.AgreementId == message.AgreementId, cancellationToken))
        {
            return;
        }

        Db.SignedFrameworks.Add(SignedFramework.Create(
            message.AgreementId, message.RegionCode, message.JurisdictionCode, message.Year, message.SignedOn, message.ExpiresOn));
    }

    private static string? Violation(AgreementSigned message) => message switch
    {
        { AgreementId: var id } when id == Guid.Empty => "AgreementId is empty.",
        { RegionCode: var r } when string.IsNullOrWhiteSpace(r) || r.Length > ProposalLimits.RegionCode => "RegionCode is missing or too long.",
        { JurisdictionCode: var j } when string.IsNullOrWhiteSpace(j) || j.Length > ProposalLimits.RegionCode => "JurisdictionCode is missing or too long.",
        { SignedOn: var on } when on == default => "SignedOn is missing.",
        _ => null,
    };
}
