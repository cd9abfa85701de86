using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace HuiShang.Gateway.Agreements;

/// <summary>api.md POST /api/agreements/{id}/renewal: HB-15 both sides decide at expiry whether to renew.</summary>
public sealed record RenewalRequest
{
    [Required, Description("true: renew; false: let the agreement expire.")]
    public bool? Renew { get; init; }

    [Description("The decision's basis, for the history.")]
    public string? Note { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        errors.Present("renew", Renew);
        return errors;
    }
}
