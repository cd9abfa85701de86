using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace HuiShang.Gateway.Tests.Fuzz;

/// <summary>
/// What the fuzzer has learnt from the answers: the ids of records it has seen, by kind (so that a
/// careful request puts a proposal's id where a proposal is meant), the last ETag of each, and which
/// users a write admitted past authentication and authorization.
/// </summary>
public sealed class FuzzState
{
    private readonly Dictionary<string, List<string>> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _etags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _admitted = new(StringComparer.Ordinal);

    /// <summary>Every id seen so far.</summary>
    public string[] Ids() => [.. _ids.Values.SelectMany(i => i).Distinct()];

    /// <summary>The ids of one kind ("proposal", "round", …); every id when none of that kind was seen.</summary>
    public string[] Ids(string kind) => _ids.TryGetValue(kind, out var ids) ? [.. ids] : Ids();

    public string? ETagOf(string id) => _etags.GetValueOrDefault(id);

    /// <summary>The users a write let through to its rules (anything but 401/403) so far.</summary>
    public string[] AdmittedTo(WriteOperation write) => _admitted.TryGetValue(write.ToString(), out var users) ? [.. users] : [];

    public void Admit(WriteOperation write, string user)
    {
        if (!_admitted.TryGetValue(write.ToString(), out var users))
        {
            _admitted[write.ToString()] = users = new HashSet<string>(StringComparer.Ordinal);
        }

        users.Add(user);
    }

    /// <summary>The kind of record a name stands for: the last word of its singular ("commentRounds" and "roundId" → "round").</summary>
    public static string KindOf(string name)
    {
        var singular = name.EndsWith("Id", StringComparison.Ordinal) ? name[..^2] : name.EndsWith('s') ? name[..^1] : name;
        var lastWord = singular.Length - 1;
        while (lastWord > 0 && !char.IsUpper(singular[lastWord]))
        {
            lastWord--;
        }

        return singular[lastWord..].ToLowerInvariant();
    }

    /// <summary>The ids in an answer of <paramref name="collection"/> ("proposals", …) and the ETag of its record.</summary>
    public void Learn(string collection, string? targetId, string? etag, string body)
    {
        if (body.Length > 0 && body[0] is '{' or '[')
        {
            using var json = JsonDocument.Parse(body);
            Collect(json.RootElement, KindOf(collection));
            if (etag is not null && json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                _etags[id.GetString()!] = etag;
            }
        }

        if (etag is not null && targetId is not null)
        {
            _etags[targetId] = etag;
        }
    }

    private void Collect(JsonElement element, string kind)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.String && Guid.TryParse(property.Value.GetString(), out _)
                        && (property.Name == "id" || property.Name.EndsWith("Id", StringComparison.Ordinal)))
                    {
                        Add(property.Name == "id" ? kind : KindOf(property.Name), property.Value.GetString()!);
                    }

                    // The root's and a list's items are of the answer's kind; a nested array's of its own ("commentRounds").
                    Collect(property.Value, property.Name == "items" ? kind : KindOf(property.Name));
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, kind);
                }

                break;
        }
    }

    private void Add(string kind, string id)
    {
        if (!_ids.TryGetValue(kind, out var ids))
        {
            _ids[kind] = ids = [];
        }

        if (_known.Add(kind + "/" + id))
        {
            ids.Add(id);
        }
    }
}

/// <summary>
/// A digest of every row of every table of the services' SQLite databases (read through their own
/// connections, as committed): two equal digests mean nothing was written in between — records,
/// history, outbox and inbox alike.
/// </summary>
public static class StoreFingerprint
{
    public static async Task<IReadOnlyDictionary<string, string>> OfAsync(IReadOnlyDictionary<string, string> databases)
    {
        var digests = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (service, file) in databases)
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await connection.OpenAsync();
            foreach (var table in await TablesAsync(connection))
            {
                digests[$"{service}.{table}"] = await DigestAsync(connection, table);
            }
        }

        return digests;
    }

    /// <summary>The tables whose digests differ, for a failure message.</summary>
    public static string[] Changed(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        [.. before.Keys.Union(after.Keys).Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t)).Order()];

    private static async Task<List<string>> TablesAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static async Task<string> DigestAsync(SqliteConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"")}\" ORDER BY rowid";
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var value = reader.IsDBNull(i) ? "∅" : reader.GetValue(i) is byte[] bytes ? Convert.ToBase64String(bytes) : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
                hash.AppendData(Encoding.UTF8.GetBytes(value + "\u001F"));
            }

            hash.AppendData("\u001E"u8);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
