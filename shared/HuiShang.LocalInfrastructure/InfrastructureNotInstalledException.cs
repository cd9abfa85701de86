namespace HuiShang.LocalInfrastructure;

/// <summary>A server's binaries are missing; the message names the Debian package that provides them.</summary>
public sealed class InfrastructureNotInstalledException(string aptPackage, string missingPath)
    : Exception($"{missingPath} not found. Install it with: apt-get install -y {aptPackage} "
        + "(or run scripts/install-infrastructure.sh, which installs everything the local infrastructure needs).")
{
    /// <summary>The Debian package to install.</summary>
    public string AptPackage { get; } = aptPackage;

    public string MissingPath { get; } = missingPath;
}
