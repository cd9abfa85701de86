// The area's namespace for Extensions.cs and the rest of the gateway, declared with the area.
global using HuiShang.Gateway.Subscriptions;
using HuiShang.Contracts.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using V1 = HuiShang.Contracts.Notifications.V1;

namespace HuiShang.Gateway.Subscriptions;

/// <summary>
/// api.md subscriptions (decision 019): city and province systems subscribe to signed CloudEvents
/// webhooks of their own region. Ownership, tenancy and the SSRF check are the Notifications service's.
/// </summary>
public static class SubscriptionsApi
{
    private const string Id = "/{id:guid}";

    private static readonly string[] Subscribers = [Roles.CitySystem, Roles.ProvincePlanning, Roles.Admin];

    public static IEndpointRouteBuilder MapSubscriptionsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/subscriptions").WithTags("Subscriptions").ProducesUpstreamProblems().RequireRoles(Subscribers);
        group.MapPost("/", CreateSubscription).WithName(nameof(CreateSubscription))
            .WithSummary("Subscribe a URL (https) to event types of the caller's region; the answer carries the signing secret, shown this once.");
        group.MapGet("/", ListSubscriptions).WithName(nameof(ListSubscriptions)).WithSummary("The caller's subscriptions, newest first, a page at a time.");
        group.MapGet(Id, GetSubscription).WithName(nameof(GetSubscription)).WithSummary("One of the caller's subscriptions (404 for another tenant's).");
        group.MapPost(Id + "/pause", PauseSubscription).WithName(nameof(PauseSubscription)).WithSummary("Hold deliveries; they wait and go out after a resume.");
        group.MapPost(Id + "/resume", ResumeSubscription).WithName(nameof(ResumeSubscription)).WithSummary("Send again, the held deliveries first.");
        group.MapPost(Id + "/rotate-secret", RotateSecret).WithName(nameof(RotateSecret))
            .WithSummary("A new signing secret, shown this once; the previous one keeps signing alongside it for the grace period (24 h).");
        group.MapDelete(Id, DeleteSubscription).WithName(nameof(DeleteSubscription)).WithSummary("Delete the subscription and its delivery log.");
        group.MapGet(Id + "/deliveries", ListDeliveries).WithName(nameof(ListDeliveries))
            .WithSummary("Every delivery, newest first, with its attempts (status, latency) and next retry; ?status=pending|succeeded|failed.");
        group.MapPost(Id + "/deliveries/{deliveryId:guid}/redeliver", Redeliver).WithName(nameof(Redeliver))
            .WithSummary("Send a delivery again: same body, same webhook-id.");
        group.MapPost(Id + "/replay", Replay).WithName(nameof(Replay)).WithSummary("Send again every delivery of events in [from, to).");
        api.MapGroup("/event-types").WithTags("Subscriptions").ProducesUpstreamProblems()
            .MapGet("/", ListEventTypes).WithName(nameof(ListEventTypes)).RequireRoles([.. Roles.All]).WithSummary("The event catalogue: every type a subscription may name, with its data's JSON schema and an example.");
        return api;
    }

    public static async Task<Results<Created<SubscriptionCreatedResponse>, ValidationProblem>> CreateSubscription(
        CreateSubscriptionRequest request, V1.Notifications.NotificationsClient notifications)
    {
        var errors = request.Validate();
        if (errors.Any)
        {
            return ValidationResults.For(errors);
        }

        var created = await notifications.CreateSubscriptionAsync(request.ToMessage());
        return TypedResults.Created($"/api/subscriptions/{created.Subscription.Id}", SubscriptionMapping.ToResponse(created));
    }

    public static async Task<Results<Ok<SubscriptionListResponse>, ValidationProblem>> ListSubscriptions(
        [AsParameters] PageParameters page, V1.Notifications.NotificationsClient notifications)
    {
        var errors = page.Validate();
        return errors.Any
            ? ValidationResults.For(errors)
            : TypedResults.Ok(SubscriptionMapping.ToResponse(await notifications.ListSubscriptionsAsync(new V1.ListSubscriptionsRequest { Page = page.ToMessage() })));
    }

    public static async Task<Ok<SubscriptionResponse>> GetSubscription(Guid id, V1.Notifications.NotificationsClient notifications) =>
        TypedResults.Ok(SubscriptionMapping.ToResponse(await notifications.GetSubscriptionAsync(Ref(id))));

    public static async Task<Ok<SubscriptionResponse>> PauseSubscription(Guid id, V1.Notifications.NotificationsClient notifications) =>
        TypedResults.Ok(SubscriptionMapping.ToResponse(await notifications.PauseSubscriptionAsync(Ref(id))));

    public static async Task<Ok<SubscriptionResponse>> ResumeSubscription(Guid id, V1.Notifications.NotificationsClient notifications) =>
        TypedResults.Ok(SubscriptionMapping.ToResponse(await notifications.ResumeSubscriptionAsync(Ref(id))));

    public static async Task<Ok<SubscriptionCreatedResponse>> RotateSecret(Guid id, V1.Notifications.NotificationsClient notifications) =>
        TypedResults.Ok(SubscriptionMapping.ToResponse(await notifications.RotateSubscriptionSecretAsync(Ref(id))));

    public static async Task<NoContent> DeleteSubscription(Guid id, V1.Notifications.NotificationsClient notifications)
    {
        await notifications.DeleteSubscriptionAsync(Ref(id));
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<DeliveryListResponse>, ValidationProblem>> ListDeliveries(
        Guid id, string? status, [AsParameters] PageParameters page, V1.Notifications.NotificationsClient notifications)
    {
        var errors = page.Validate();
        if (status is not null && status is not ("pending" or "succeeded" or "failed"))
        {
            errors.Add("status", "pending, succeeded or failed.");
        }

        return errors.Any
            ? ValidationResults.For(errors)
            : TypedResults.Ok(SubscriptionMapping.ToResponse(await notifications.ListDeliveriesAsync(
                new V1.ListDeliveriesRequest { SubscriptionId = id.ToString(), Status = status ?? "", Page = page.ToMessage() })));
    }

    public static async Task<Accepted<DeliveryResponse>> Redeliver(Guid id, Guid deliveryId, V1.Notifications.NotificationsClient notifications)
    {
        var delivery = await notifications.RedeliverAsync(new V1.RedeliverRequest { SubscriptionId = id.ToString(), DeliveryId = deliveryId.ToString() });
        return TypedResults.Accepted($"/api/subscriptions/{id}/deliveries", SubscriptionMapping.ToResponse(delivery));
    }

    public static async Task<Results<Accepted<ReplayResponse>, ValidationProblem>> Replay(
        Guid id, ReplayRequest request, V1.Notifications.NotificationsClient notifications)
    {
        var errors = request.Validate();
        if (errors.Any)
        {
            return ValidationResults.For(errors);
        }

        var reply = await notifications.ReplayDeliveriesAsync(request.ToMessage(id));
        return TypedResults.Accepted($"/api/subscriptions/{id}/deliveries", new ReplayResponse(reply.ScheduledCount));
    }

    public static async Task<Ok<EventTypeListResponse>> ListEventTypes(V1.Notifications.NotificationsClient notifications) =>
        TypedResults.Ok(SubscriptionMapping.ToResponse(await notifications.ListEventTypesAsync(new V1.ListEventTypesRequest())));

    private static V1.SubscriptionRef Ref(Guid id) => new() { Id = id.ToString() };
}
