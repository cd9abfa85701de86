using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace HuiShang.Gateway.Tracking;

/// <summary>GX-19 任务分工: province items to business divisions.</summary>
public sealed record TaskAssignmentsRequest
{
    [Required]
    public IReadOnlyList<TaskAssignment>? Assignments { get; init; }
}

public sealed record TaskAssignment(Guid? ItemId, [property: Description("A business division, e.g. high-tech.")] string? Division);

/// <summary>The owner's statement that an item is done, with its evidence.</summary>
public sealed record ItemDoneRequest
{
    [Required]
    public string? Evidence { get; init; }
}

/// <summary>The coordinating division accepts a done item, or sends it back with a reason.</summary>
public sealed record ItemReviewRequest
{
    [Required]
    public bool? Accept { get; init; }

    [Description("Required when not accepted.")]
    public string? Reason { get; init; }
}

/// <summary>GX-19: a filing returned for revision, with the reason the city sees.</summary>
public sealed record ReturnFilingRequest
{
    [Required]
    public string? Reason { get; init; }
}
