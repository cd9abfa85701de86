namespace HuiShang.Messaging;

/// <summary>
/// Stages integration events in the scoped DbContext. Nothing is written until the caller's
/// SaveChanges commits, and nothing is published before that commit.
/// </summary>
public interface IEventOutbox
{
    void Add<TEvent>(TEvent @event) where TEvent : class;
}
