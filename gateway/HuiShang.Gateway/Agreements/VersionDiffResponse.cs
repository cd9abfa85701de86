namespace HuiShang.Gateway.Agreements;

/// <summary>What changed from one version to another: items by title, and the text line by line.</summary>
public sealed record VersionDiffResponse(int From, int To, IReadOnlyList<ItemChangeResponse> Items, IReadOnlyList<TextLineResponse> Lines);

/// <summary>kind added | removed | changed; changedFields names the item fields that differ (for changed).</summary>
public sealed record ItemChangeResponse(
    string Kind,
    string Title,
    AgreedItemResponse? Before,
    AgreedItemResponse? After,
    IReadOnlyList<string> ChangedFields);

/// <summary>op "+" added in <c>to</c>, "-" removed from <c>from</c>, " " unchanged.</summary>
public sealed record TextLineResponse(string Op, string Text);
