using HuiShang.Grpc.Client;
using HuiShang.Grpc.TestService;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.Grpc.Tests;

public sealed class ChannelProviderTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Channel_is_resolved_by_service_name_from_Services_name_grpc()
    {
        using var provider = Build(new() { ["Services:proposals:grpc"] = fixture.Server.Address.ToString() });
        var channels = provider.GetRequiredService<GrpcChannelProvider>();

        var channel = channels.Get("proposals");
        var reply = await channel.UnaryAsync(fixture.Api.Echo, new EchoRequest { Payload = Google.Protobuf.ByteString.CopyFromUtf8("via DI") });

        Assert.Same(channel, channels.Get("proposals"));
        Assert.Equal("via DI", reply.Payload.ToStringUtf8());
    }

    [Fact]
    public void Missing_address_names_the_environment_variable_to_set()
    {
        using var provider = Build([]);

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<GrpcChannelProvider>().Get("funding"));

        Assert.Contains("Services__funding__grpc", error.Message);
    }

    [Fact]
    public void Address_that_is_not_http_is_refused()
    {
        using var provider = Build(new() { ["Services:funding:grpc"] = "tcp://127.0.0.1:5103" });

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<GrpcChannelProvider>().Get("funding"));

        Assert.Contains("not an http:// or https:// address", error.Message);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddGrpcChannels();
        return services.BuildServiceProvider();
    }
}
