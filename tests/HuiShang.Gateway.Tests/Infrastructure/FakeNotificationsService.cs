using HuiShang.Contracts.Notifications.V1;
using Grpc.Core;
using HuiShang.ServiceDefaults.Identity;

namespace HuiShang.Gateway.Tests.Infrastructure;

/// <summary>huishang.notifications.v1.Notifications with one canned inbox entry for the caller's region.</summary>
public sealed class FakeNotificationsService(BackendScript script) : HuiShang.Contracts.Notifications.V1.Notifications.NotificationsBase
{
    public override async Task<ListInboxReply> ListInbox(ListInboxRequest request, ServerCallContext context)
    {
        await script.ReceiveAsync(nameof(ListInbox), request, context);
        var caller = context.RequireCaller();
        return new ListInboxReply
        {
            Items =
            {
                new InboxItem
                {
                    Id = "n-1",
                    Type = "cn.huishang.proposal.submitted.v1",
                    Title = "会商建议已提交",
                    Body = "A proposal was submitted.",
                    SubjectId = "p-1",
                    RegionCode = caller.RegionCode,
                    CreatedAt = Wire.Instant("2026-03-01T02:00:00Z"),
                },
            },
        };
    }
}
