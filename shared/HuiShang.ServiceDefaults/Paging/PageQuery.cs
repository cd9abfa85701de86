using System.Text;
using HuiShang.Contracts.Common.V1;
using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.ServiceDefaults.Paging;

/// <summary>
/// One page of a list as the caller asked for it (api.md: <c>?limit=</c> and <c>?cursor=</c>): at most
/// <see cref="Size"/> items after the key a cursor names. A cursor is opaque to clients and tied to one
/// list with one set of filters (its <c>scope</c>): reused elsewhere it is refused, not misread.
/// </summary>
public sealed record PageQuery(int Size, string? AfterKey, string Scope)
{
    public const int DefaultSize = 50;

    /// <summary>The server's maximum: a larger limit is capped, as AIP-158 says, not refused.</summary>
    public const int MaxSize = 100;

    public const string NotACursor = "Not a cursor of this list with these filters: start again without it.";

    private const string Version = "v1";

    public static PageQuery Read(PageRequest? request, string scope)
    {
        var errors = new FieldErrors();
        var size = request?.PageSize ?? 0;
        if (size < 0)
        {
            errors.Add("limit", $"A number of items from 1 to {MaxSize}; omit it for {DefaultSize}.");
        }

        var after = Decode(request?.PageToken ?? "", scope, errors);
        // An RpcException, not a domain exception: list methods need no Guard to refuse a bad page.
        if (errors.Any)
        {
            throw ServiceProblems.Validation("The page request is not valid.", errors);
        }

        return new PageQuery(size == 0 ? DefaultSize : Math.Min(size, MaxSize), after, scope);
    }

    public string CursorAfter(string key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Version}|{key}|{Scope}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string? Decode(string token, string scope, FieldErrors errors)
    {
        if (token.Length == 0)
        {
            return null;
        }

        try
        {
            var padded = token.Replace('-', '+').Replace('_', '/') + new string('=', (4 - token.Length % 4) % 4);
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(padded)).Split('|', 3);
            // The key (an id or a number) has no "|"; the scope, last, may.
            if (parts is [Version, var key, var tokenScope] && tokenScope == scope && key.Length > 0)
            {
                return key;
            }
        }
        catch (FormatException)
        {
            // Reported below like any other cursor that is not this list's.
        }

        errors.Add("cursor", NotACursor);
        return null;
    }
}
