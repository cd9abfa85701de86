using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HuiShang.Agreements.Data;

/// <summary>
/// Short string lists (co-units, reasons, agenda, divisions) as one JSON text column: the same column
/// type and query behaviour on SQLite and PostgreSQL, where native primitive collections differ
/// (json text vs. text[]). Nothing queries inside these lists.
/// </summary>
internal static class JsonListConversion
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly ValueConverter<List<string>, string> Converter = new(
        list => JsonSerializer.Serialize(list, Options),
        json => JsonSerializer.Deserialize<List<string>>(json, Options) ?? new List<string>());

    private static readonly ValueComparer<List<string>> Comparer = new(
        (a, b) => a!.SequenceEqual(b!),
        list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item.GetHashCode())),
        list => list.ToList());

    public static PropertyBuilder<List<string>> AsJsonList(this PropertyBuilder<List<string>> property) =>
        property.HasConversion(Converter, Comparer).IsRequired();
}
