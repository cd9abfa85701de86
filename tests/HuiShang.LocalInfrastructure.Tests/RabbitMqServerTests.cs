using RabbitMQ.Client.Exceptions;

namespace HuiShang.LocalInfrastructure.Tests;

public sealed class RabbitMqServerTests(RabbitMqPairFixture fixture) : IClassFixture<RabbitMqPairFixture>
{
    [Fact]
    public async Task Published_message_comes_back_over_amqp()
    {
        await using var connection = await Amqp.ConnectAsync(fixture.First.ConnectionString);
        await using var channel = await connection.CreateChannelAsync();

        var received = await Amqp.RoundTripAsync(channel, "roundtrip", "hello from HuiShang");

        Assert.Equal("hello from HuiShang", received);
    }

    [Fact]
    public void Connection_string_is_guest_on_loopback_at_the_amqp_port()
    {
        Assert.Equal($"amqp://guest:guest@127.0.0.1:{fixture.First.AmqpPort}/", fixture.First.ConnectionString);
    }

    [Fact]
    public async Task Two_instances_have_their_own_ports_and_their_own_queues()
    {
        var (a, b) = (fixture.First, fixture.Second);
        Assert.NotEqual(a.NodeName, b.NodeName);
        Assert.Empty(new[] { a.AmqpPort, a.DistPort, a.EpmdPort }.Intersect([b.AmqpPort, b.DistPort, b.EpmdPort]));

        await using var connectionA = await Amqp.ConnectAsync(a.ConnectionString);
        await using var channelA = await connectionA.CreateChannelAsync();
        await using var connectionB = await Amqp.ConnectAsync(b.ConnectionString);
        await using var channelB = await connectionB.CreateChannelAsync();
        var onlyOnA = $"only-on-a-{Guid.NewGuid():N}";
        await channelA.QueueDeclareAsync(onlyOnA, durable: false, exclusive: false, autoDelete: false);

        // A passive declare fails with 404 where the queue does not exist: B is another broker.
        var missing = await Assert.ThrowsAsync<OperationInterruptedException>(() => channelB.QueueDeclarePassiveAsync(onlyOnA));
        Assert.Equal(404, (int?)missing.ShutdownReason?.ReplyCode);
        await using var channelB2 = await connectionB.CreateChannelAsync();
        Assert.Equal("on b", await Amqp.RoundTripAsync(channelB2, "roundtrip-b", "on b"));
    }

    [Fact]
    public void Each_instance_runs_its_own_beam_and_its_own_epmd()
    {
        var processesA = fixture.First.RunningProcesses();
        var processesB = fixture.Second.RunningProcesses();

        Assert.Single(processesA, p => p.Name == "beam.smp");
        Assert.Single(processesA, p => p.Name == "epmd");
        Assert.Empty(processesA.Select(p => p.Pid).Intersect(processesB.Select(p => p.Pid)));
    }
}
