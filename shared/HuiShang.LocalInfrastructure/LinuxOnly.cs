namespace HuiShang.LocalInfrastructure;

/// <summary>This library drives Debian's packages and reads /proc: it runs on Linux only.</summary>
internal static class LinuxOnly
{
    public const string Message = "HuiShang.LocalInfrastructure starts Debian's RabbitMQ and PostgreSQL packages and runs on Linux only.";
}
