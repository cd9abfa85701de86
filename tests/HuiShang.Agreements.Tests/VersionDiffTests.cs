using HuiShang.Agreements.Domain;

namespace HuiShang.Agreements.Tests;

/// <summary>GX-15 "every revision is a new version": what changed between two of them.</summary>
public sealed class VersionDiffTests
{
    private static AgreedItem Item(string title, string lead = "市科技局", string? due = null, params string[] coUnits) =>
        new(title, "new-energy", "city", lead, coUnits.ToList(), "张三", due is null ? null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void GX15_items_are_matched_by_trimmed_title_and_report_added_removed_and_changed_fields()
    {
        var from = new[] { Item("人才引进"), Item("平台建设", coUnits: "财政局"), Item("成果转化") };
        var to = new[] { Item(" 人才引进 "), Item("平台建设", lead: "市发改委", due: "2026-06-30", coUnits: ["财政局", "工信局"]), Item("科技金融") };

        var changes = VersionDiff.Items(from, to);

        Assert.Equal(["changed:平台建设", "added:科技金融", "removed:成果转化"], changes.Select(c => $"{c.Kind}:{c.Title}"));
        Assert.Equal(["leadUnit", "coUnits", "dueOn"], changes[0].ChangedFields);
        Assert.Null(changes[1].Before);
        Assert.Null(changes[2].After);
    }

    [Fact]
    public void GX15_every_item_field_counts_as_a_change()
    {
        var before = Item("人才引进");
        var after = new AgreedItem("人才引进", "ai", "province", "科技厅", ["a"], "李四", new DateOnly(2026, 1, 1));

        Assert.Equal(["field", "ownerSide", "leadUnit", "coUnits", "responsiblePerson", "dueOn"], VersionDiff.ChangedFields(before, after));
        Assert.Empty(VersionDiff.ChangedFields(before, Item("人才引进")));
    }

    [Fact]
    public void GX15_text_lines_follow_the_longest_common_subsequence()
    {
        var lines = VersionDiff.Lines("标题\n一、人才\n二、平台\n三、金融\n结语", "标题\n一、人才引进\n二、平台\n三、金融\n四、开放合作\n结语");

        Assert.Equal(
            [" 标题", "-一、人才", "+一、人才引进", " 二、平台", " 三、金融", "+四、开放合作", " 结语"],
            lines.Select(l => l.Op + l.Text));
    }

    [Fact]
    public void GX15_identical_texts_are_all_unchanged_and_empty_texts_have_no_lines()
    {
        Assert.All(VersionDiff.Lines("a\r\nb", "a\nb"), l => Assert.Equal(" ", l.Op));
        Assert.Empty(VersionDiff.Lines("", ""));
        Assert.Equal(["+x"], VersionDiff.Lines("", "x").Select(l => l.Op + l.Text));
    }
}
