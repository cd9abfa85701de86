using HuiShang.Contracts.Notifications.V1;
using HuiShang.Notifications.Domain.Webhooks;
using HuiShang.Notifications.Webhooks;
using HuiShang.ServiceDefaults.Identity;
using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Notifications.Grpc;

/// <summary>Who a new subscription belongs to and what it may see, and the checks of its fields.</summary>
internal static class SubscriptionRequests
{
    /// <summary>api.md tenancy: a city system its city (and districts), a province system its jurisdiction, the admin everything.</summary>
    public static (string Role, SubscriptionScope Scope) OwnerAndScope(PlatformCaller caller) =>
        caller.HasRole(Roles.Admin) ? (Roles.Admin, new SubscriptionScope(SubscriptionScope.All, ""))
        : caller.HasRole(Roles.CitySystem) ? (Roles.CitySystem, new SubscriptionScope(SubscriptionScope.City, caller.RegionCode))
        : (Roles.ProvincePlanning, new SubscriptionScope(SubscriptionScope.Jurisdiction, caller.JurisdictionCode));

    public static async Task<FieldErrors> ValidateAsync(CreateSubscriptionRequest request, SubscriptionScope scope, TargetPolicy targets, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (errors.Required("url", request.Url, WebhookLimits.Url) is { } url
            && await targets.RefusalAsync(url, cancellationToken) is { } refusal)
        {
            errors.Add("url", refusal);
        }

        // Each type is named once at most: a longer list is refused whole, not answered with an error per entry.
        if (request.EventTypes.Count > EventCatalog.All.Count)
        {
            errors.Add("eventTypes", $"At most {EventCatalog.All.Count} event types (GET /api/event-types); none means all.");
        }

        for (var i = 0; i < request.EventTypes.Count && i < EventCatalog.All.Count; i++)
        {
            if (!EventCatalog.Contains(request.EventTypes[i].Trim()))
            {
                errors.Add($"eventTypes[{i}]", "Not an event type of GET /api/event-types.");
            }
        }

        var filter = request.FilterRegion.Trim();
        if (filter.Length > 0 && (Regions.Find(filter) is null || !scope.Covers(filter)))
        {
            errors.Add("filterRegion", "A region whose events the caller may receive (its city or one of its districts; for a province, one of its cities).");
        }

        errors.Optional("description", request.Description.Trim(), WebhookLimits.Description);
        return errors;
    }
}
