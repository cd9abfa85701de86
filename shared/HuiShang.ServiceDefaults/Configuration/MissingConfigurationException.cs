namespace HuiShang.ServiceDefaults.Configuration;

/// <summary>Required configuration is absent: the host cannot do its job, so it must not start.</summary>
public sealed class MissingConfigurationException(IReadOnlyList<string> environmentVariables)
    : Exception($"Missing required configuration: set {string.Join(", ", environmentVariables)}.")
{
    /// <summary>The missing keys in environment-variable spelling (ConnectionStrings__messaging).</summary>
    public IReadOnlyList<string> EnvironmentVariables { get; } = environmentVariables;
}
