namespace HuiShang.Contracts.Common.V1;

/// <summary>Conversions of the wire date to and from <see cref="DateOnly"/>.</summary>
public sealed partial class Date
{
    public static Date From(DateOnly date) => new() { Year = date.Year, Month = date.Month, Day = date.Day };

    public static Date? From(DateOnly? date) => date is { } value ? From(value) : null;

    /// <summary>False for a date that does not exist (month 13, 30 February), which a client may send.</summary>
    public bool TryToDateOnly(out DateOnly date)
    {
        date = default;
        if (Year is < 1 or > 9999 || Month is < 1 or > 12 || Day < 1 || Day > DateTime.DaysInMonth(Year, Month))
        {
            return false;
        }

        date = new DateOnly(Year, Month, Day);
        return true;
    }

    /// <summary>For dates a service wrote: an impossible one is a broken contract, not a client mistake.</summary>
    public DateOnly ToDateOnly() =>
        TryToDateOnly(out var date) ? date : throw new FormatException($"{Year:D4}-{Month:D2}-{Day:D2} is not a calendar date.");
}
