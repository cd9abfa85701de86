using HuiShang.Agreements.Domain;
using HuiShang.Contracts.Agreements.V1;
using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Agreements.Grpc.Validation;

/// <summary>GX-17 / HB-16(四): when and where the signing meeting is held, who comes, what is on the agenda.</summary>
internal static class MeetingValidator
{
    public static MeetingPlan Validate(ScheduleMeetingRequest request)
    {
        var errors = new FieldErrors();
        var at = errors.LocalTime("at", request.At);
        var place = errors.Required("place", request.Place, AgreementLimits.ShortText);
        var participants = errors.List("participants", request.Participants);
        var agenda = errors.List("agenda", request.Agenda);
        var materials = errors.List("materials", request.Materials);
        errors.ThrowIfAny("The meeting has invalid fields.");
        return new MeetingPlan(at!.Value, place!, participants, agenda, materials);
    }
}
