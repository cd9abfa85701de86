using HuiShang.Agreements.Domain;
using HuiShang.Contracts.Agreements.V1;
using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Agreements.Grpc.Validation;

/// <summary>GX-17 / HB-16(四): when and where the signing meeting is held, who comes, what is on the agenda.</summary>
internal static class MeetingValidator
{
    /// <summary>How far back a meeting may be recorded (one held before it was entered) and how far ahead planned.</summary>
    private const int YearsBack = 1;
    private const int YearsAhead = 10;

    public static MeetingPlan Validate(ScheduleMeetingRequest request, DateOnly today)
    {
        var errors = new FieldErrors();
        var at = errors.LocalTime("at", request.At, today.AddYears(-YearsBack), today.AddYears(YearsAhead));
        var place = errors.Required("place", request.Place, AgreementLimits.ShortText);
        var participants = errors.List("participants", request.Participants);
        var agenda = errors.List("agenda", request.Agenda);
        var materials = errors.List("materials", request.Materials);
        errors.ThrowIfAny("The meeting has invalid fields.");
        return new MeetingPlan(at!.Value, place!, participants, agenda, materials);
    }
}
