namespace HuiShang.Gateway.Tests.Infrastructure;

/// <summary>Tests sharing the gateway and the fake backend's script: they run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class GatewayCollection : ICollectionFixture<GatewayFixture>
{
    public const string Name = "gateway";
}
