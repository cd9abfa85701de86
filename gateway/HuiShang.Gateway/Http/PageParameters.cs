using System.ComponentModel;
using System.Globalization;
using HuiShang.Contracts.Common.V1;
using HuiShang.ServiceDefaults.Paging;

namespace HuiShang.Gateway.Http;

/// <summary>
/// api.md: every list and history pages with <c>?limit=</c> (the service caps it at its maximum) and
/// <c>?cursor=</c> (the previous page's <c>nextCursor</c>, opaque, for the same list and filters).
/// </summary>
public sealed record PageParameters
{
    /// <summary>A cursor is a short token; anything longer is not one of ours.</summary>
    public const int MaxCursorLength = 512;

    // Text, so that "limit=abc" becomes a validation problem naming the field.
    [Description("How many items (default 50, at most 100).")]
    public string? Limit { get; init; }

    [Description("The nextCursor of the previous page; omit it for the first page.")]
    public string? Cursor { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        if (Limit is not null && !int.TryParse(Limit, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            errors.Add("limit", "A number of items from 1 to 100; omit it for 50.");
        }

        if (Cursor is { Length: > MaxCursorLength })
        {
            errors.Add("cursor", PageQuery.NotACursor);
        }

        return errors;
    }

    public PageRequest ToMessage() => new()
    {
        PageSize = int.TryParse(Limit, NumberStyles.None, CultureInfo.InvariantCulture, out var size) ? size : 0,
        PageToken = Cursor ?? "",
    };

    public static string? Next(PageReply? reply) => string.IsNullOrEmpty(reply?.NextPageToken) ? null : reply.NextPageToken;
}
