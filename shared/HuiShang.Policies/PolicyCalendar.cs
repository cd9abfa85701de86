namespace HuiShang.Policies;

/// <summary>Effective dates are Asia/Shanghai calendar dates; this turns an instant into one.</summary>
public static class PolicyCalendar
{
    // China has kept UTC+8 without DST since 1991: the fixed offset is a safe fallback without tzdata.
    private static readonly TimeZoneInfo Shanghai = FindShanghai();

    public static DateOnly DateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Shanghai).DateTime);

    private static TimeZoneInfo FindShanghai()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "Asia/Shanghai", "CST");
        }
    }
}
