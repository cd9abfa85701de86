namespace HuiShang.Agreements.Domain;

/// <summary>An item added, removed or changed between two versions; changed fields by their camelCase API names.</summary>
public sealed record ItemDiff(string Kind, string Title, AgreedItem? Before, AgreedItem? After, IReadOnlyList<string> ChangedFields);

/// <summary>A text line: "+" only in the newer version, "-" only in the older, " " in both.</summary>
public sealed record LineDiff(string Op, string Text);

/// <summary>
/// What changed between two versions: items matched by title (trimmed, ordinal), text by lines (longest
/// common subsequence after the common head and tail are set aside).
/// </summary>
public static class VersionDiff
{
    /// <summary>Above this many cells the middle is shown as removed-then-added rather than aligned (memory bound).</summary>
    public const int MaxAlignedCells = 4_000_000;

    public static IReadOnlyList<ItemDiff> Items(IEnumerable<AgreedItem> from, IEnumerable<AgreedItem> to)
    {
        var before = from.GroupBy(i => i.Title.Trim(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var afterList = to.ToList();
        var after = afterList.Select(i => i.Title.Trim()).ToHashSet(StringComparer.Ordinal);
        var changes = new List<ItemDiff>();
        foreach (var item in afterList)
        {
            var title = item.Title.Trim();
            if (!before.TryGetValue(title, out var old))
            {
                changes.Add(new ItemDiff("added", title, null, item, []));
            }
            else if (ChangedFields(old, item) is { Count: > 0 } fields)
            {
                changes.Add(new ItemDiff("changed", title, old, item, fields));
            }
        }

        changes.AddRange(before.Where(b => !after.Contains(b.Key)).Select(b => new ItemDiff("removed", b.Key, b.Value, null, [])));
        return changes;
    }

    public static IReadOnlyList<string> ChangedFields(AgreedItem before, AgreedItem after)
    {
        var fields = new List<string>();
        Compare(fields, "field", before.Field, after.Field);
        Compare(fields, "ownerSide", before.OwnerSide, after.OwnerSide);
        Compare(fields, "leadUnit", before.LeadUnit, after.LeadUnit);
        if (!before.CoUnits.SequenceEqual(after.CoUnits, StringComparer.Ordinal))
        {
            fields.Add("coUnits");
        }

        Compare(fields, "responsiblePerson", before.ResponsiblePerson, after.ResponsiblePerson);
        if (before.DueOn != after.DueOn)
        {
            fields.Add("dueOn");
        }

        return fields;
    }

    public static IReadOnlyList<LineDiff> Lines(string from, string to)
    {
        var a = SplitLines(from);
        var b = SplitLines(to);
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[^(tail + 1)] == b[^(tail + 1)])
        {
            tail++;
        }

        var lines = new List<LineDiff>(a.Length + b.Length);
        lines.AddRange(a[..head].Select(l => new LineDiff(" ", l)));
        lines.AddRange(Middle(a[head..(a.Length - tail)], b[head..(b.Length - tail)]));
        lines.AddRange(a[(a.Length - tail)..].Select(l => new LineDiff(" ", l)));
        return lines;
    }

    private static IEnumerable<LineDiff> Middle(string[] a, string[] b)
    {
        if ((long)a.Length * b.Length > MaxAlignedCells)
        {
            return a.Select(l => new LineDiff("-", l)).Concat(b.Select(l => new LineDiff("+", l)));
        }

        // lcs[i, j]: length of the longest common subsequence of a[i..] and b[j..].
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var result = new List<LineDiff>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                result.Add(new LineDiff(" ", a[x++]));
                y++;
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                result.Add(new LineDiff("-", a[x++]));
            }
            else
            {
                result.Add(new LineDiff("+", b[y++]));
            }
        }

        return result;
    }

    private static string[] SplitLines(string text) =>
        text.Length == 0 ? [] : text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    private static void Compare(List<string> fields, string name, string before, string after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            fields.Add(name);
        }
    }
}
