using HuiShang.Contracts;
using HuiShang.Notifications.Data;
using HuiShang.Notifications.Domain;
using HuiShang.ServiceTesting;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Notifications.Tests;

/// <summary>The Notifications service in-process, composed as its Program.cs composes it.</summary>
internal static class NotificationsHost
{
    public static Task<ServiceHost> StartAsync() =>
        ServiceHost.StartAsync(Resources.Notifications, b => b.AddNotifications(), a => a.MapNotifications());

    public static Task<List<InboxEntry>> EntriesAsync(this ServiceHost host) =>
        host.QueryAsync<NotificationsDbContext, List<InboxEntry>>(db => db.InboxEntries.AsNoTracking().ToListAsync());
}
