using System.Text.Json.Serialization;

namespace HuiShang.Policies.Sections;

/// <summary>A day of the year without a year ("12-25"): windows and deadlines that recur yearly.</summary>
[JsonConverter(typeof(MonthDayJsonConverter))]
public readonly record struct MonthDay(int Month, int Day)
{
    public static MonthDay Of(DateOnly date) => new(date.Month, date.Day);

    public DateOnly InYear(int year) => new(year, Month, Math.Min(Day, DateTime.DaysInMonth(year, Month)));

    public int CompareTo(MonthDay other) => Month != other.Month ? Month.CompareTo(other.Month) : Day.CompareTo(other.Day);

    public override string ToString() => $"{Month:00}-{Day:00}";
}
