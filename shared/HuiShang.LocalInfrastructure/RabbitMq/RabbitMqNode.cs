using System.Security.Cryptography;

namespace HuiShang.LocalInfrastructure.RabbitMq;

/// <summary>
/// One private node's identity, files and environment (packages.md recipe). The same environment
/// goes to the server and to every CLI call: HOME carries the shared Erlang cookie, and the node
/// name and epmd port tell the CLI which node to reach.
/// </summary>
internal sealed record RabbitMqNode(string NodeName, string RunDirectory, int AmqpPort, int DistPort, int EpmdPort)
{
    // Keeps the node and its CLI off every interface but loopback.
    private const string LoopbackDistArgs = "-kernel inet_dist_use_interface {127,0,0,1}";

    public string PidFile => Path.Combine(RunDirectory, "rabbitmq.pid");

    /// <summary>The options' identity and ports, with a unique node name and free ports where none were given.</summary>
    public static RabbitMqNode For(RabbitMqServerOptions options)
    {
        var free = FreePorts.Next(3);
        return new RabbitMqNode(
            options.NodeName ?? $"huishang-{Guid.NewGuid().ToString("N")[..12]}@localhost",
            RunDirectories.Choose(options.RunDirectory, "huishang-rabbitmq"),
            options.AmqpPort is 0 ? free[0] : options.AmqpPort,
            options.DistPort is 0 ? free[1] : options.DistPort,
            options.EpmdPort is 0 ? free[2] : options.EpmdPort);
    }

    /// <summary>Our variables, plus removal of inherited RABBITMQ_* / ERL_*FLAGS that could redirect the node.</summary>
    public IReadOnlyDictionary<string, string?> Environment()
    {
        var variables = new Dictionary<string, string?>();
        foreach (var key in System.Environment.GetEnvironmentVariables().Keys.Cast<string>())
        {
            if (key.StartsWith("RABBITMQ_", StringComparison.Ordinal) || key is "ERL_FLAGS" or "ERL_AFLAGS" or "ERL_ZFLAGS")
            {
                variables[key] = null;
            }
        }

        variables["HOME"] = RunDirectory;
        variables["RABBITMQ_NODENAME"] = NodeName;
        variables["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
        variables["RABBITMQ_NODE_PORT"] = Port(AmqpPort);
        variables["RABBITMQ_DIST_PORT"] = Port(DistPort);
        variables["RABBITMQ_CONFIG_FILE"] = Path.Combine(RunDirectory, "rabbitmq.conf");
        variables["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(RunDirectory, "enabled_plugins");
        variables["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(RunDirectory, "rabbitmq-env.conf");
        variables["RABBITMQ_MNESIA_BASE"] = Path.Combine(RunDirectory, "mnesia");
        variables["RABBITMQ_LOG_BASE"] = Path.Combine(RunDirectory, "log");
        variables["RABBITMQ_PID_FILE"] = PidFile;
        variables["ERL_EPMD_ADDRESS"] = "127.0.0.1";
        variables["ERL_EPMD_PORT"] = Port(EpmdPort);
        variables["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = LoopbackDistArgs;
        variables["RABBITMQ_CTL_ERL_ARGS"] = LoopbackDistArgs;
        return variables;
    }

    public void WriteFiles()
    {
        Directory.CreateDirectory(RunDirectory);
        File.WriteAllText(Path.Combine(RunDirectory, "rabbitmq.conf"), $"""
            listeners.tcp.1 = 127.0.0.1:{AmqpPort}
            log.console = true
            log.console.use_colors = off
            log.file = false

            """);

        // No plugins: management and friends would open more ports and slow the start.
        File.WriteAllText(Path.Combine(RunDirectory, "enabled_plugins"), "[].\n");

        // Empty, so /etc/rabbitmq/rabbitmq-env.conf of a system install does not apply.
        File.WriteAllText(Path.Combine(RunDirectory, "rabbitmq-env.conf"), "");
        WriteCookie();
    }

    // Written before the start so the server and the first CLI poll cannot race to create
    // different cookies; Erlang refuses a cookie file that others can read. A reused run
    // directory keeps its cookie.
    private void WriteCookie()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException(LinuxOnly.Message);
        }

        var cookie = Path.Combine(RunDirectory, ".erlang.cookie");
        if (File.Exists(cookie))
        {
            return;
        }

        File.WriteAllText(cookie, RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 20));
        File.SetUnixFileMode(cookie, UnixFileMode.UserRead);
    }

    private static string Port(int port) => port.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
