namespace HuiShang.Gateway.Funding;

/// <summary>
/// Amounts in yuan as the portal sends them (JSON numbers). More than two decimals is refused here,
/// not rounded: the wire format is fen-exact text and a silent rounding would change the amount.
/// </summary>
internal static class MoneyValidation
{
    public static void Positive(string field, decimal? amount, FieldErrors errors)
    {
        switch (amount)
        {
            case null:
                errors.Add(field, "Required.");
                break;
            case <= 0:
                errors.Add(field, "Must be greater than zero.");
                break;
            case { } value when decimal.Round(value, 2) != value:
                errors.Add(field, "At most two decimals (fen).");
                break;
        }
    }
}
