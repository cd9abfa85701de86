using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuiShang.Funding.Data;

/// <summary>
/// Money is decimal(18,2) and ratios decimal(9,4) on both providers. SQLite keeps decimals as TEXT, which
/// round-trips exactly; sums are therefore taken in memory, never by SQLite's floating-point SUM.
/// </summary>
internal static class MoneyColumns
{
    public static PropertyBuilder<decimal> IsMoney(this PropertyBuilder<decimal> property) => property.HasPrecision(18, 2);

    public static PropertyBuilder<decimal?> IsMoney(this PropertyBuilder<decimal?> property) => property.HasPrecision(18, 2);

    public static PropertyBuilder<decimal?> IsRatio(this PropertyBuilder<decimal?> property) => property.HasPrecision(9, 4);
}
