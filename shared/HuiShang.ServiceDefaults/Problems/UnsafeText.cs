namespace HuiShang.ServiceDefaults.Problems;

/// <summary>
/// Characters no text field may carry (issue 12, finding 3). Control characters: a NUL is stored by SQLite but
/// refused by PostgreSQL (a 502 there), and the others are invisible or rewrite what a terminal or log shows.
/// Tab, newline and carriage return stay: multi-line text from Windows clients and HTML form posts arrives
/// as CRLF, and refusing CR would refuse ordinary pasted paragraphs. Bidi embeddings, overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069) reorder what a reader sees against what is stored ("Trojan Source",
/// CVE-2021-42574). The marks U+200E/U+200F (and U+061C) stay: they reorder nothing and mixed Uyghur,
/// Chinese and digits (XJ) needs them to display correctly.
/// </summary>
public static class UnsafeText
{
    public static bool Contains(string value)
    {
        foreach (var c in value)
        {
            if (IsRefused(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>C0 and C1 controls and DEL (<see cref="char.IsControl(char)"/>) other than tab, LF, CR; bidi controls.</summary>
    public static bool IsRefused(char c) =>
        char.IsControl(c) ? c is not ('\t' or '\n' or '\r') : c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
