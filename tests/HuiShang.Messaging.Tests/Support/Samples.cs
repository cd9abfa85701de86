using HuiShang.Contracts.Events;

namespace HuiShang.Messaging.Tests.Support;

internal static class Samples
{
    public static ProposalSubmitted Proposal(string title = "Joint lab for new materials") =>
        new(Guid.NewGuid(), "320500", "JS", title, 3, new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero), "city@320500");

    public static Order Order(string name = "order") => new() { Id = Guid.NewGuid(), Name = name };
}
