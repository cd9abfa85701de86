namespace HuiShang.ServiceDefaults.Health;

public static class HealthTags
{
    /// <summary>Checks that must pass before the service takes traffic (database, messaging): /health/ready.</summary>
    public const string Ready = "ready";
}
