using HuiShang.Contracts.Events;
using HuiShang.Evaluation.Data;
using HuiShang.Evaluation.Domain;
using HuiShang.Messaging;
using HuiShang.Policies;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Evaluation.Consumers;

/// <summary>
/// Opens the tracking plan of a signed agreement (GX-18/GX-19): its agreed items become obligations, the
/// reporting terms of the profile in force on the signing date are copied in, and every item is published
/// as unfinished for Proposals' GX-21 read model. Idempotent twice over: the inbox drops a redelivery, and
/// a second AgreementSigned for the same agreement leaves the first plan as it is. No profile in force on
/// the signing date: the plan opens without reporting terms (nothing is due) and its history says why.
/// </summary>
public sealed class AgreementSignedConsumer(
    EvaluationDbContext db, IEventOutbox outbox, PolicyCatalog policies, [FromKeyedServices(EvaluationClock.Key)] TimeProvider time)
    : InboxConsumer<AgreementSigned, EvaluationDbContext>(db)
{
    public const string Endpoint = "evaluation-agreement-signed";

    protected override async Task HandleAsync(AgreementSigned message, ConsumeContext<AgreementSigned> context, CancellationToken cancellationToken)
    {
        if (AgreementSignedContract.Violation(message) is { } violation)
        {
            throw new MessageRejectedException(violation);
        }

        if (await Db.Plans.AnyAsync(p => p.Id == message.AgreementId, cancellationToken))
        {
            return;
        }

        var (plan, unfinished) = TrackingPlan.Open(message, Terms(message), time.GetUtcNow());
        Db.Plans.Add(plan);
        foreach (var item in unfinished)
        {
            outbox.Add(item);
        }
    }

    private ReportingTerms Terms(AgreementSigned message)
    {
        try
        {
            return ReportingTerms.From(policies.InForce(message.JurisdictionCode, message.SignedOn));
        }
        catch (NoPolicyInForceException)
        {
            return ReportingTerms.None;
        }
    }
}
