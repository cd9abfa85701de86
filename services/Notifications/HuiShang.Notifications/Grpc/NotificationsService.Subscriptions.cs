using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using HuiShang.Contracts.Notifications.V1;
using V1 = HuiShang.Contracts.Notifications.V1;
using HuiShang.Notifications.Domain.Webhooks;
using Subscription = HuiShang.Notifications.Domain.Webhooks.Subscription;
using HuiShang.Notifications.Webhooks;
using HuiShang.ServiceDefaults.Identity;
using HuiShang.ServiceDefaults.Paging;
using HuiShang.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Notifications.Grpc;

/// <summary>
/// Webhook subscriptions (decision 019). A subscription belongs to its owner's function (role in a
/// region); anyone else but the admin gets NOT_FOUND, as for any record of another tenant.
/// </summary>
public sealed partial class NotificationsService
{
    private static readonly string[] SubscriberRoles = [Roles.CitySystem, Roles.ProvincePlanning, Roles.Admin];

    public override async Task<SubscriptionWithSecret> CreateSubscription(CreateSubscriptionRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller(SubscriberRoles);
        var (role, scope) = SubscriptionRequests.OwnerAndScope(caller);
        var errors = await SubscriptionRequests.ValidateAsync(request, scope, webhooks.Targets, context.CancellationToken);
        if (errors.Any)
        {
            throw ServiceProblems.Validation("The subscription is not valid.", errors);
        }

        if (await db.Subscriptions.CountAsync(s => s.OwnerRole == role && s.OwnerRegion == caller.RegionCode, context.CancellationToken) >= WebhookLimits.MaxSubscriptionsPerOwner)
        {
            throw ServiceProblems.InvalidState($"At most {WebhookLimits.MaxSubscriptionsPerOwner} subscriptions per system; delete one first.");
        }

        var now = time.GetUtcNow();
        var subscription = new Subscription
        {
            Id = Guid.CreateVersion7(now),
            OwnerRole = role,
            OwnerRegion = caller.RegionCode,
            OwnerSubject = caller.Subject,
            ScopeLevel = scope.Level,
            ScopeRegion = scope.RegionCode,
            Url = request.Url.Trim(),
            EventTypes = string.Join(' ', request.EventTypes.Select(t => t.Trim()).Distinct(StringComparer.Ordinal)),
            FilterRegion = request.FilterRegion.Trim(),
            Description = request.Description.Trim(),
            CreatedAt = now,
        };
        db.Subscriptions.Add(subscription);
        await db.SaveChangesAsync(context.CancellationToken);
        return new SubscriptionWithSecret { Subscription = subscription.ToMessage(), Secret = subscription.Secret };
    }

    public override async Task<ListSubscriptionsReply> ListSubscriptions(ListSubscriptionsRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller(SubscriberRoles);
        var page = PageQuery.Read(request.Page, "subscriptions");
        var (items, next) = await Owned(caller).AsNoTracking().PageAsync(s => s.Id, page, descending: true, context.CancellationToken);
        var reply = new ListSubscriptionsReply { Page = next };
        reply.Items.AddRange(items.Select(s => s.ToMessage()));
        return reply;
    }

    public override async Task<V1.Subscription> GetSubscription(SubscriptionRef request, ServerCallContext context) =>
        (await FindAsync(request.Id, context)).ToMessage();

    public override Task<V1.Subscription> PauseSubscription(SubscriptionRef request, ServerCallContext context) =>
        ChangeAsync(request.Id, context, s => s.Pause("Paused by its owner."));

    public override Task<V1.Subscription> ResumeSubscription(SubscriptionRef request, ServerCallContext context) =>
        ChangeAsync(request.Id, context, s => s.Resume());

    public override async Task<SubscriptionWithSecret> RotateSubscriptionSecret(SubscriptionRef request, ServerCallContext context)
    {
        string secret = "";
        var subscription = await ChangeAsync(request.Id, context, s => secret = s.RotateSecret(time.GetUtcNow(), webhooks.SecretGrace));
        return new SubscriptionWithSecret { Subscription = subscription, Secret = secret };
    }

    public override async Task<Empty> DeleteSubscription(SubscriptionRef request, ServerCallContext context)
    {
        var subscription = await FindAsync(request.Id, context);
        db.Subscriptions.Remove(subscription);
        await db.SaveChangesAsync(context.CancellationToken);
        return new Empty();
    }

    public override Task<ListEventTypesReply> ListEventTypes(ListEventTypesRequest request, ServerCallContext context)
    {
        context.RequireCaller();
        var reply = new ListEventTypesReply();
        reply.Items.AddRange(EventCatalog.All.Select(t => new EventType
        {
            Type = t.Type,
            Description = t.Description,
            DataSchemaJson = EventCatalog.SchemaOf(t),
            ExampleJson = EventCatalog.ExampleOf(t),
        }));
        return Task.FromResult(reply);
    }

    private IQueryable<Subscription> Owned(PlatformCaller caller) =>
        caller.HasRole(Roles.Admin)
            ? db.Subscriptions
            : db.Subscriptions.Where(s => s.OwnerRegion == caller.RegionCode && caller.Roles.Contains(s.OwnerRole));

    private async Task<Subscription> FindAsync(string id, ServerCallContext context)
    {
        var caller = context.RequireCaller(SubscriberRoles);
        return Guid.TryParse(id, out var key) && await Owned(caller).SingleOrDefaultAsync(s => s.Id == key, context.CancellationToken) is { } found
            ? found
            : throw ServiceProblems.NotFound("Subscription", id);
    }

    private async Task<V1.Subscription> ChangeAsync(string id, ServerCallContext context, Action<Subscription> change)
    {
        var subscription = await FindAsync(id, context);
        try
        {
            change(subscription);
        }
        catch (InvalidStateException ex)
        {
            throw ServiceProblems.InvalidState(ex.Message);
        }

        await db.SaveChangesAsync(context.CancellationToken);
        return subscription.ToMessage();
    }
}
