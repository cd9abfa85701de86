namespace HuiShang.LocalInfrastructure.RabbitMq;

/// <summary>How to start a private RabbitMQ node. Every port left at 0 is chosen free.</summary>
public sealed record RabbitMqServerOptions
{
    /// <summary>Output prefix, e.g. <c>[rabbitmq] ...</c>.</summary>
    public string Name { get; init; } = "rabbitmq";

    /// <summary>Where Debian's rabbitmq-server package keeps the real scripts (not the /usr/sbin wrappers).</summary>
    public string BinDirectory { get; init; } = "/usr/lib/rabbitmq/bin";

    public string EpmdPath { get; init; } = "/usr/bin/epmd";

    public int AmqpPort { get; init; }

    /// <summary>Erlang distribution port: the CLI tools reach the node here.</summary>
    public int DistPort { get; init; }

    /// <summary>Port of the node's own epmd, so two nodes never share one.</summary>
    public int EpmdPort { get; init; }

    /// <summary>Null: <c>huishang-&lt;random&gt;@localhost</c>.</summary>
    public string? NodeName { get; init; }

    /// <summary>Null: a new temp directory, deleted on stop. A given directory is kept.</summary>
    public string? RunDirectory { get; init; }

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Receives each prefixed output line of the server; null writes to the console.</summary>
    public Action<string>? Output { get; init; }
}
