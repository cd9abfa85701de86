using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace HuiShang.Gateway.Agreements;

/// <summary>An agreed item (议定事项, GX-18/GX-19): who carries it out, the responsible units and person, and by when.</summary>
public sealed record AgreedItemRequest
{
    public static readonly IReadOnlyList<string> OwnerSides = ["province", "city"];

    [Required]
    public string? Title { get; init; }

    [Description("Technology field, e.g. new-energy.")]
    public string? Field { get; init; }

    [Required, Description("Who carries it out: province or city.")]
    public string? OwnerSide { get; init; }

    [Description("Lead unit (责任单位 牵头).")]
    public string? LeadUnit { get; init; }

    [Description("Co-operating units (配合单位).")]
    public IReadOnlyList<string?>? CoUnits { get; init; }

    [Description("Responsible person (责任人).")]
    public string? ResponsiblePerson { get; init; }

    [Description("Due date (时间表), yyyy-MM-dd.")]
    public DateOnly? DueOn { get; init; }
}
