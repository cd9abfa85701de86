using HuiShang.Contracts.Identity;
using HuiShang.Contracts.ReferenceData;
using HuiShang.Evaluation.Domain;
using Grpc.Core;
using HuiShang.ServiceDefaults.Identity;
using HuiShang.ServiceDefaults.Problems;
using Proto = HuiShang.Contracts.Evaluation.V1;

namespace HuiShang.Evaluation.Grpc;

/// <summary>GX-19 任务分工, items done with evidence by their owner and accepted by the coordinating division (GX-18).</summary>
public sealed partial class TrackingService
{
    public override Task<Proto.TrackingView> AssignItems(Proto.AssignItemsRequest request, ServerCallContext context) =>
        ChangeAsync(context, request.AgreementId, [Roles.ProvincePlanning], () => Assignments(request), (caller, plan, assignments) =>
        {
            plan.Assign(assignments, caller.Subject, Now);
            return [];
        });

    public override Task<Proto.TrackingView> MarkItemDone(Proto.MarkItemDoneRequest request, ServerCallContext context) =>
        ChangeAsync(context, request.AgreementId, [Roles.CityBureau, Roles.ProvinceDivision], () =>
        {
            var errors = new FieldErrors();
            var item = ItemId(request.ItemId, errors);
            var evidence = errors.Required("evidence", request.Evidence, TrackingLimits.LongText);
            errors.ThrowIfAny("The item cannot be marked done with these fields.");
            return (Item: item, Evidence: evidence!);
        }, (caller, plan, input) =>
        {
            var owner = caller.HasRole(Roles.CityBureau) ? ItemOwner.City : ItemOwner.ProvinceDivision(caller.Division ?? "");
            return [plan.MarkDone(input.Item, input.Evidence, owner, caller.Subject, Now)];
        });

    public override Task<Proto.TrackingView> ReviewItem(Proto.ReviewItemRequest request, ServerCallContext context) =>
        ChangeAsync(context, request.AgreementId, [Roles.ProvincePlanning], () =>
        {
            var errors = new FieldErrors();
            var item = ItemId(request.ItemId, errors);
            var reason = request.Accept
                ? errors.Optional("reason", request.Reason, TrackingLimits.LongText)
                : errors.Required("reason", request.Reason, TrackingLimits.LongText);
            errors.ThrowIfAny("The review has invalid fields.");
            return (Item: item, Reason: reason);
        }, (caller, plan, input) =>
        {
            var (changed, fulfilled) = plan.Review(input.Item, request.Accept, input.Reason, caller.Subject, Now);
            return fulfilled is null ? [changed] : [changed, fulfilled];
        });

    private static IReadOnlyList<(Guid ItemId, string Division)> Assignments(Proto.AssignItemsRequest request)
    {
        var errors = new FieldErrors();
        if (request.Assignments.Count == 0)
        {
            errors.Add("assignments", FieldMessages.Required);
        }

        var result = new List<(Guid, string)>();
        for (var i = 0; i < request.Assignments.Count; i++)
        {
            var assignment = request.Assignments[i];
            var item = ItemId(assignment.ItemId, errors, $"assignments[{i}].itemId");
            var division = assignment.Division.Trim();
            if (!RegionCatalog.Default.Divisions.Contains(division, StringComparer.Ordinal))
            {
                errors.Add($"assignments[{i}].division", FieldMessages.OneOf(RegionCatalog.Default.Divisions));
            }

            result.Add((item, division));
        }

        errors.ThrowIfAny("The task assignments have invalid fields.");
        return result;
    }

    private static Guid ItemId(string value, FieldErrors errors, string field = "itemId")
    {
        if (errors.OptionalId(field, value) is { } id)
        {
            return id;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, FieldMessages.Required);
        }

        return Guid.Empty;
    }
}
