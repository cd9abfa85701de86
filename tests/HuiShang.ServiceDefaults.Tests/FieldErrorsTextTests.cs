using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.ServiceDefaults.Tests;

/// <summary>Issue 12 (3): the shared text checks refuse control characters and bidi overrides for every field.</summary>
public sealed class FieldErrorsTextTests
{
    public static TheoryData<string> Refused() =>
    [
        "\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u001B", "\u007F", "\u0085", "\u009B",
        "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069",
    ];

    [Theory]
    [MemberData(nameof(Refused))]
    public void Required_and_optional_text_refuse_the_character_by_field(string character)
    {
        var errors = new FieldErrors();

        errors.Required("title", $"标题{character}内容", 200);
        errors.Optional("topics[0].notes", $"说明{character}文字", 200);

        Assert.Equal(
            [new("title", FieldMessages.UnsafeCharacters), new KeyValuePair<string, string>("topics[0].notes", FieldMessages.UnsafeCharacters)],
            errors);
    }

    [Theory]
    [InlineData("第一行\n第二行")]
    [InlineData("第一行\r\n第二行")]
    [InlineData("列一\t列二")]
    [InlineData("ئۈرۈمچى\u200F 2025\u200E")]
    [InlineData("\u061Cعربي")]
    public void Tab_newline_carriage_return_and_direction_marks_are_ordinary_text(string text)
    {
        var errors = new FieldErrors();

        Assert.Equal(text, errors.Required("text", text, 200));
        Assert.Empty(errors);
    }

    [Fact]
    public void A_refused_character_is_reported_once_next_to_the_length()
    {
        var errors = new FieldErrors();

        errors.Required("title", "\u202E" + new string('x', 10), 5);

        Assert.Equal([FieldMessages.AtMost(5), FieldMessages.UnsafeCharacters], errors.Select(e => e.Value));
    }
}
