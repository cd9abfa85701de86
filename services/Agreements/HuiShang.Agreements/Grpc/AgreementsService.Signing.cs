using HuiShang.Agreements.Grpc.Validation;
using HuiShang.Contracts.Agreements.V1;
using HuiShang.Contracts.Identity;
using Grpc.Core;
using HuiShang.ServiceDefaults.Identity;
using HuiShang.ServiceDefaults.Problems;
using Proto = HuiShang.Contracts.Agreements.V1;

namespace HuiShang.Agreements.Grpc;

/// <summary>Meeting and signatures (GX-17, HB-16(四)), renewal (HB-15).</summary>
public sealed partial class AgreementsService
{
    public override Task<Proto.Agreement> ScheduleMeeting(ScheduleMeetingRequest request, ServerCallContext context) =>
        ChangeAsync(context, request.AgreementId, [Roles.ProvincePlanning], () => MeetingValidator.Validate(request, Today), (caller, agreement, plan) =>
            agreement.ScheduleMeeting(plan, caller.Subject, Now));

    public override Task<Proto.Agreement> Sign(SignRequest request, ServerCallContext context) =>
        ServiceProblems.Guard(async () =>
        {
            var caller = context.RequireCaller(Roles.ProvinceDirector, Roles.CityLeader);
            var agreement = await LoadAsync(caller, request.AgreementId, context.CancellationToken);
            var approved = await FindVersionAsync(agreement.Id, agreement.ApprovedVersion, context.CancellationToken);
            var name = string.IsNullOrWhiteSpace(caller.Name) ? caller.Subject : caller.Name;
            // The second signature publishes AgreementSigned in the same commit (outbox).
            if (agreement.Sign(SideOf(caller), request.Version, caller.Subject, name, Now, approved) is { } signed)
            {
                outbox.Add(signed);
            }

            return await SaveAsync(agreement, context.CancellationToken);
        });

    public override Task<Proto.Agreement> DecideRenewal(RenewalRequest request, ServerCallContext context) =>
        ChangeAsync(context, request.AgreementId, [Roles.ProvincePlanning], (caller, agreement) =>
        {
            var errors = new FieldErrors();
            var note = errors.Optional("note", request.Note, Domain.AgreementLimits.LongText);
            errors.ThrowIfAny("The renewal decision has invalid fields.");
            agreement.DecideRenewal(request.Renew, note, caller.Subject, Now);
        });
}
