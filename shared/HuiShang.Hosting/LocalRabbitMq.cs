using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace HuiShang.Hosting;

/// <summary>A private RabbitMQ node and the epmd it registers with, as Aspire resources.</summary>
public sealed record LocalRabbitMq(
    IResourceBuilder<ExecutableResource> Epmd,
    IResourceBuilder<ExecutableResource> Server,
    EndpointReference Amqp,
    ReferenceExpression ConnectionString);

public static class LocalRabbitMqExtensions
{
    public const string ServerPath = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    /// <summary>
    /// "{name}-epmd" and "{name}" (Debian's rabbitmq-server with the management plugin), data and
    /// logs under <paramref name="dataDirectory"/>, everything on 127.0.0.1. DCP allocates every port
    /// (no port of ours to race for): AMQP and management are proxied, so their public ports stay
    /// the same when the broker is stopped and started again (fault tests, the dashboard's restart);
    /// epmd and the Erlang distribution port are proxy-less, because Erlang's epmd client fails
    /// through a proxy. epmd runs in the foreground as our own resource: the `epmd -daemon` RabbitMQ
    /// would otherwise start outlives DCP's clean-up. Healthy once the management API answers.
    /// </summary>
    public static LocalRabbitMq AddLocalRabbitMq(this IDistributedApplicationBuilder builder, string name, string dataDirectory)
    {
        var home = Path.GetFullPath(dataDirectory);
        Directory.CreateDirectory(home);
        File.WriteAllText(Path.Combine(home, "enabled_plugins"), "[rabbitmq_management].\n");
        // Ports never go in here: only DCP knows them. They arrive through the environment below.
        File.WriteAllText(Path.Combine(home, "rabbitmq.conf"), "loopback_users.guest = true\n");

        var epmd = builder.AddExecutable($"{name}-epmd", "epmd", home)
            .WithEndpoint(name: "epmd", scheme: "tcp", env: "ERL_EPMD_PORT", isProxied: false)
            .WithEnvironment("ERL_EPMD_ADDRESS", "127.0.0.1")
            .WithArgs(context =>
            {
                var endpoint = ((IResourceWithEndpoints)context.Resource).GetEndpoint("epmd");
                context.Args.Add("-address");
                context.Args.Add("127.0.0.1");
                context.Args.Add("-port");
                context.Args.Add(endpoint.Property(EndpointProperty.TargetPort));
            });
        var epmdEndpoint = epmd.GetEndpoint("epmd");

        var server = builder.AddExecutable(name, ServerPath, home)
            .WithEndpoint(name: "amqp", scheme: "tcp", env: "RABBITMQ_NODE_PORT")
            .WithEndpoint(name: "dist", scheme: "tcp", env: "RABBITMQ_DIST_PORT", isProxied: false)
            .WithHttpEndpoint(name: "mgmt")
            .WithEnvironment(context =>
            {
                var management = ((IResourceWithEndpoints)context.Resource).GetEndpoint("mgmt");
                var env = context.EnvironmentVariables;
                env["HOME"] = home; // its .erlang.cookie
                env["RABBITMQ_NODENAME"] = $"{name}@localhost";
                env["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
                env["RABBITMQ_CONFIG_FILE"] = Path.Combine(home, "rabbitmq"); // RabbitMQ adds .conf
                env["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(home, "enabled_plugins");
                env["RABBITMQ_MNESIA_BASE"] = Path.Combine(home, "mnesia");
                env["RABBITMQ_LOG_BASE"] = Path.Combine(home, "log");
                env["RABBITMQ_LOGS"] = "-";
                env["RABBITMQ_PID_FILE"] = Path.Combine(home, "rabbit.pid");
                env["ERL_EPMD_ADDRESS"] = "127.0.0.1";
                env["ERL_EPMD_PORT"] = epmdEndpoint.Property(EndpointProperty.Port);
                env["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = ReferenceExpression.Create(
                    $"-rabbitmq_management tcp_config [{{port,{management.Property(EndpointProperty.TargetPort)}}},{{ip,\"127.0.0.1\"}}] -kernel inet_dist_use_interface {{127,0,0,1}}");
            })
            // 401 without credentials: the management API is up, so the node and AMQP are too.
            .WithHttpHealthCheck("/api/overview", statusCode: 401, endpointName: "mgmt")
            .WaitFor(epmd);

        var amqp = server.GetEndpoint("amqp");
        return new LocalRabbitMq(epmd, server, amqp,
            ReferenceExpression.Create($"amqp://guest:guest@127.0.0.1:{amqp.Property(EndpointProperty.Port)}/"));
    }
}
