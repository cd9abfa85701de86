namespace HuiShang.Evaluation.Domain;

/// <summary>Calendar quarters (1..4) of the Asia/Shanghai calendar.</summary>
public static class Quarters
{
    public static int Of(DateOnly date) => (date.Month - 1) / 3 + 1;

    public static DateOnly FirstDay(int year, int quarter) => new(year, (quarter - 1) * 3 + 1, 1);

    public static DateOnly LastDay(int year, int quarter) => FirstDay(year, quarter).AddMonths(3).AddDays(-1);

    /// <summary>Every quarter from the one holding <paramref name="from"/> to the one holding <paramref name="to"/>.</summary>
    public static IEnumerable<(int Year, int Quarter)> Between(DateOnly from, DateOnly to)
    {
        for (var (year, quarter) = (from.Year, Of(from)); FirstDay(year, quarter) <= to; (year, quarter) = quarter == 4 ? (year + 1, 1) : (year, quarter + 1))
        {
            yield return (year, quarter);
        }
    }
}
