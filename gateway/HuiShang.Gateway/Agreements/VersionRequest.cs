using System.ComponentModel;

namespace HuiShang.Gateway.Agreements;

/// <summary>
/// api.md POST /api/agreements/{id}/approvals and /sign: the version the caller read. The body may be
/// omitted (the current version); only the approved version can be signed.
/// </summary>
public sealed record VersionRequest
{
    [Description("The version the caller read; omitted: the current version.")]
    public int? Version { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        errors.Version("version", Version);
        return errors;
    }
}
