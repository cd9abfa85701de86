using HuiShang.LocalInfrastructure.Postgres;
using HuiShang.LocalInfrastructure.RabbitMq;

namespace HuiShang.LocalInfrastructure.Tests;

public sealed class MissingBinariesTests
{
    [Fact]
    public async Task Missing_rabbitmq_names_the_apt_package()
    {
        var missing = await Assert.ThrowsAsync<InfrastructureNotInstalledException>(() =>
            RabbitMqServer.StartAsync(new RabbitMqServerOptions { BinDirectory = "/nonexistent/rabbitmq/bin" }));

        Assert.Equal("rabbitmq-server", missing.AptPackage);
        Assert.Contains("apt-get install -y rabbitmq-server", missing.Message);
        Assert.Contains("/nonexistent/rabbitmq/bin/rabbitmq-server", missing.Message);
    }

    [Fact]
    public async Task Missing_postgresql_names_the_apt_package()
    {
        var missing = await Assert.ThrowsAsync<InfrastructureNotInstalledException>(() =>
            PostgresServer.StartAsync(new PostgresServerOptions { BinDirectory = "/nonexistent/postgresql/bin" }));

        Assert.Equal("postgresql", missing.AptPackage);
        Assert.Contains("apt-get install -y postgresql", missing.Message);
        Assert.Contains("/nonexistent/postgresql/bin/initdb", missing.Message);
    }

    [Fact]
    public void Installed_postgresql_is_found_in_the_highest_version_directory()
    {
        var highest = Directory.GetDirectories("/usr/lib/postgresql").Max(d => int.Parse(Path.GetFileName(d), System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal($"/usr/lib/postgresql/{highest}/bin", PostgresBinaries.EnsureInstalled().BinDirectory);
    }
}
