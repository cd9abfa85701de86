namespace HuiShang.LocalInfrastructure.RabbitMq;

/// <summary>The RabbitMQ scripts and epmd this library calls.</summary>
public sealed record RabbitMqBinaries(string Server, string Ctl, string Diagnostics, string Epmd)
{
    public const string AptPackage = "rabbitmq-server";

    /// <summary>Finds the binaries or throws <see cref="InfrastructureNotInstalledException"/> naming the apt package.</summary>
    public static RabbitMqBinaries EnsureInstalled(string binDirectory = "/usr/lib/rabbitmq/bin", string epmdPath = "/usr/bin/epmd")
    {
        var binaries = new RabbitMqBinaries(
            Path.Combine(binDirectory, "rabbitmq-server"),
            Path.Combine(binDirectory, "rabbitmqctl"),
            Path.Combine(binDirectory, "rabbitmq-diagnostics"),
            epmdPath);

        // epmd comes from erlang-base, which rabbitmq-server depends on: the same package fixes it.
        foreach (var path in new[] { binaries.Server, binaries.Ctl, binaries.Diagnostics, binaries.Epmd })
        {
            if (!File.Exists(path))
            {
                throw new InfrastructureNotInstalledException(AptPackage, path);
            }
        }

        return binaries;
    }
}
