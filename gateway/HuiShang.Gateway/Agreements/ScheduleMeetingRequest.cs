using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace HuiShang.Gateway.Agreements;

/// <summary>api.md POST /api/agreements/{id}/meeting: GX-17 / HB-16(四) the consultation meeting where the agreement is signed.</summary>
public sealed record ScheduleMeetingRequest
{
    [Required, Description("Local time in the jurisdiction, yyyy-MM-ddTHH:mm.")]
    public string? At { get; init; }

    [Required]
    public string? Place { get; init; }

    public IReadOnlyList<string?>? Participants { get; init; }

    [Description("Omitted or empty: the default agenda of GX-17(三) (report, discussion, reading, signing, speeches).")]
    public IReadOnlyList<string?>? Agenda { get; init; }

    [Description("Prepared materials (speeches, reports).")]
    public IReadOnlyList<string?>? Materials { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        errors.NoNullEntries("participants", Participants);
        errors.NoNullEntries("agenda", Agenda);
        errors.NoNullEntries("materials", Materials);
        return errors;
    }
}
