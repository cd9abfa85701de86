namespace HuiShang.Messaging.Tests.Support;

/// <summary>The one piece of state the test service changes.</summary>
public sealed class Order
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";
}
