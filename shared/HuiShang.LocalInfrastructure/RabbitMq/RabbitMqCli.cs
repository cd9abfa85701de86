using System.Globalization;
using HuiShang.LocalInfrastructure.Processes;

namespace HuiShang.LocalInfrastructure.RabbitMq;

/// <summary>
/// rabbitmq-diagnostics, rabbitmqctl and epmd called for one node, with the node's own
/// environment (HOME with the cookie, node name, epmd port). Each call boots an Erlang VM.
/// </summary>
internal sealed class RabbitMqCli(RabbitMqNode node, RabbitMqBinaries binaries, string name)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Succeeds only once the rabbit app runs and its AMQP and distribution listeners accept connections.</summary>
    public Task<CommandResult> CheckPortConnectivityAsync(CancellationToken cancellationToken) =>
        RunAsync(binaries.Diagnostics, ["-q", "check_port_connectivity"], cancellationToken);

    /// <summary>
    /// With the pid file, rabbitmqctl returns only once that OS process has gone. Without one
    /// (the node died before writing it) it would wait for the file forever, so it is left out.
    /// </summary>
    public Task<CommandResult> StopNodeAsync(CancellationToken cancellationToken) =>
        RunAsync(binaries.Ctl, File.Exists(node.PidFile) ? ["-q", "stop", node.PidFile] : ["-q", "stop"], cancellationToken);

    /// <summary>epmd outlives the node otherwise (it is a daemon shared by design); ours serves only this node.</summary>
    public Task<CommandResult> KillEpmdAsync() =>
        RunAsync(binaries.Epmd, ["-port", node.EpmdPort.ToString(CultureInfo.InvariantCulture), "-kill"], CancellationToken.None);

    private Task<CommandResult> RunAsync(string fileName, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        CommandRunner.RunAsync(
            new ChildProcessOptions
            {
                Name = $"{name}-cli",
                FileName = fileName,
                Arguments = arguments,
                Environment = node.Environment(),
                WorkingDirectory = node.RunDirectory,
            },
            Timeout,
            cancellationToken);
}
