using System.Collections;

namespace HuiShang.Grpc;

/// <summary>
/// gRPC custom metadata: ordered key/value pairs sent as HTTP/2 headers or trailers. Keys are
/// lower-case ASCII; keys ending in <c>-bin</c> hold bytes (base64 on the wire), others ASCII text.
/// </summary>
public sealed class Metadata : IEnumerable<Metadata.Entry>
{
    public const string BinarySuffix = "-bin";

    private readonly List<Entry> _entries = [];

    public int Count => _entries.Count;

    public void Add(string key, string value) => _entries.Add(new Entry(key, value));

    public void Add(string key, byte[] value) => _entries.Add(new Entry(key, value));

    public void Add(Entry entry) => _entries.Add(entry);

    /// <summary>The last text value for <paramref name="key"/>, or null.</summary>
    public string? GetValue(string key) => Find(key)?.Value;

    /// <summary>The last binary value for <paramref name="key"/> (a <c>-bin</c> key), or null.</summary>
    public byte[]? GetBytes(string key) => Find(key)?.ValueBytes;

    public IEnumerable<Entry> GetAll(string key)
    {
        var normalized = key.ToLowerInvariant();
        return _entries.Where(e => e.Key == normalized);
    }

    public IEnumerator<Entry> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Entry? Find(string key)
    {
        var normalized = key.ToLowerInvariant();
        for (var i = _entries.Count - 1; i >= 0; i--)
        {
            if (_entries[i].Key == normalized)
            {
                return _entries[i];
            }
        }

        return null;
    }

    /// <summary>One metadata entry; text and binary values are kept apart as the protocol requires.</summary>
    public sealed class Entry
    {
        private readonly string? _value;
        private readonly byte[]? _valueBytes;

        public Entry(string key, string value)
        {
            Key = MetadataKey.Normalize(key);
            if (IsBinary)
            {
                throw new ArgumentException($"Key '{Key}' ends in '-bin': pass the value as bytes.", nameof(key));
            }

            _value = MetadataKey.ValidateAsciiValue(Key, value);
        }

        public Entry(string key, byte[] value)
        {
            Key = MetadataKey.Normalize(key);
            if (!IsBinary)
            {
                throw new ArgumentException($"Key '{Key}' holds bytes, so it must end in '-bin'.", nameof(key));
            }

            _valueBytes = value;
        }

        public string Key { get; }

        public bool IsBinary => Key.EndsWith(BinarySuffix, StringComparison.Ordinal);

        public string Value => _value ?? throw new InvalidOperationException($"'{Key}' is a binary entry: read ValueBytes.");

        public byte[] ValueBytes => _valueBytes ?? throw new InvalidOperationException($"'{Key}' is a text entry: read Value.");

        public override string ToString() => IsBinary ? $"{Key}: <{_valueBytes!.Length} bytes>" : $"{Key}: {_value}";
    }
}
