namespace HuiShang.Gateway.Apis;

/// <summary>ETags of versioned documents: the service's optimistic-concurrency version, quoted (RFC 9110 §8.8.3).</summary>
public static class EntityTag
{
    public static string ForVersion(long version) => $"\"{version}\"";
}
