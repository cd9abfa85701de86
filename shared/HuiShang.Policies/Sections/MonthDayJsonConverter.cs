using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HuiShang.Policies.Sections;

/// <summary>Reads "MM-dd"; anything else fails the load with the JSON path (validated against a leap year).</summary>
public sealed class MonthDayJsonConverter : JsonConverter<MonthDay>
{
    public override MonthDay Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (text is null || !DateOnly.TryParseExact("2000-" + text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new JsonException($"expected a month-day string \"MM-dd\", got {reader.TokenType} '{text}'");
        }
        return MonthDay.Of(date);
    }

    public override void Write(Utf8JsonWriter writer, MonthDay value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
