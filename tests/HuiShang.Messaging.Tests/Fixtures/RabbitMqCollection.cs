namespace HuiShang.Messaging.Tests.Fixtures;

/// <summary>Tests against the real broker run one after another on one node (one of them stops it).</summary>
[CollectionDefinition(Name)]
public sealed class RabbitMqCollection : ICollectionFixture<RabbitMqFixture>, ICollectionFixture<PostgresFixture>
{
    public const string Name = "rabbitmq";
}
