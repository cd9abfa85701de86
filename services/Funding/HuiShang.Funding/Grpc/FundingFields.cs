using HuiShang.Contracts.Common.V1;
using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Funding.Grpc;

/// <summary>The funding protos' id, money, past-date and choice fields.</summary>
internal static class FundingFields
{
    public static Guid? Id(this FieldErrors errors, string field, string value)
    {
        if (errors.Checked(field, value, 64) is not { } text)
        {
            return null;
        }

        if (Guid.TryParse(text, out var id))
        {
            return id;
        }

        errors.Add(field, "An id such as 0190f3a2-6b1c-7def-8abc-0123456789ab.");
        return null;
    }

    /// <summary>A required amount: to the fen (the shared check), then the funding range.</summary>
    public static decimal? Money(this FieldErrors errors, string field, Money? value)
    {
        if (value is null)
        {
            errors.Add(field, FieldMessages.Required);
            return null;
        }

        if (errors.Yuan(field, value) is not { } amount)
        {
            return null;
        }

        if (Domain.Money.RangeProblem(amount) is { } problem)
        {
            errors.Add(field, problem);
            return null;
        }

        return amount;
    }

    /// <summary>A calendar date that has happened: blank is <paramref name="today"/>, the future is refused.</summary>
    public static DateOnly? PastDate(this FieldErrors errors, string field, Date? value, DateOnly today)
    {
        if (value is null)
        {
            return today;
        }

        if (errors.Date(field, value, required: false) is not { } date)
        {
            return null;
        }

        if (date > today)
        {
            errors.Add(field, $"Not in the future (today is {today:yyyy-MM-dd}).");
            return null;
        }

        return date;
    }

    public static string? OneOf(this FieldErrors errors, string field, string value, IEnumerable<string> allowed, string? blank = null)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0 && blank is not null)
        {
            return blank;
        }

        if (allowed.Contains(trimmed, StringComparer.Ordinal))
        {
            return trimmed;
        }

        errors.Add(field, FieldMessages.OneOf(allowed));
        return null;
    }

    /// <summary>Required text, or null when it was blank or too long: a refused text is not parsed further (one message a field).</summary>
    private static string? Checked(this FieldErrors errors, string field, string value, int maxLength)
    {
        var count = errors.Count;
        var text = errors.Required(field, value, maxLength);
        return errors.Count == count ? text : null;
    }
}
