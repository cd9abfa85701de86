namespace HuiShang.Contracts.Common.V1;

/// <summary>Conversions of the wire amount (units + nanos, as google.type.Money) to and from yuan.</summary>
public sealed partial class Money
{
    private const decimal NanosPerUnit = 1_000_000_000m;

    /// <summary>Exact for any amount with at most nine decimals; finer digits cannot be carried.</summary>
    public static Money FromYuan(decimal yuan)
    {
        var units = decimal.Truncate(yuan);
        if (units is > long.MaxValue or < long.MinValue)
        {
            throw new OverflowException($"{yuan} yuan does not fit the wire amount.");
        }

        return new Money { Units = (long)units, Nanos = (int)decimal.Truncate((yuan - units) * NanosPerUnit) };
    }

    public static Money? FromYuan(decimal? yuan) => yuan is { } value ? FromYuan(value) : null;

    /// <summary>At least two decimals, as yuan amounts are written ("3000000.00").</summary>
    public decimal ToYuan() => Units + Nanos / NanosPerUnit + 0.00m;

    /// <summary>As google.type.Money requires: |nanos| below one unit, and units and nanos not of opposite signs.</summary>
    public bool IsWellFormed => Nanos is > -1_000_000_000 and < 1_000_000_000 && (Units == 0 || Nanos == 0 || Units > 0 == Nanos > 0);

    /// <summary>Whether the amount is a whole number of fen (分), the finest unit the platform stores.</summary>
    public bool IsWholeFen => Nanos % 10_000_000 == 0;
}
