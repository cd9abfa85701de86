namespace HuiShang.ServiceDefaults.Configuration;

/// <summary>A configuration value is present but unusable (an unknown provider, a port that is not a number).</summary>
public sealed class InvalidConfigurationException(string environmentVariable, string value, string expected)
    : Exception($"Invalid configuration {environmentVariable}='{value}': expected {expected}.")
{
    public string EnvironmentVariable { get; } = environmentVariable;
}
