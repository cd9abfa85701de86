namespace HuiShang.Gateway.Tests.Infrastructure;

/// <summary>
/// Turns an expected-status table (endpoint → one status per user column) into test cells and checks
/// one cell's answer, so every tenancy matrix reads its table and reports a miss the same way.
/// </summary>
public static class TenancyMatrix
{
    /// <summary>Every (endpoint, user, status) of the table, row by row; a row of the wrong width fails loudly.</summary>
    public static IEnumerable<(string Endpoint, string User, int Status)> Cells(IReadOnlyList<string> users, IReadOnlyDictionary<string, int[]> expected)
    {
        foreach (var (endpoint, statuses) in expected)
        {
            Assert.Equal(users.Count, statuses.Length);
            for (var i = 0; i < users.Count; i++)
            {
                yield return (endpoint, users[i], statuses[i]);
            }
        }
    }

    public static TheoryData<string, string, int> Matrix(IReadOnlyList<string> users, IReadOnlyDictionary<string, int[]> expected)
    {
        var data = new TheoryData<string, string, int>();
        foreach (var (endpoint, user, status) in Cells(users, expected))
        {
            data.Add(endpoint, user, status);
        }

        return data;
    }

    /// <summary>One value per user column (e.g. what a list shows each user).</summary>
    public static TheoryData<string, string> PerUser(IReadOnlyList<string> users, IReadOnlyList<string> values)
    {
        var data = new TheoryData<string, string>();
        for (var i = 0; i < users.Count; i++)
        {
            data.Add(users[i], values[i]);
        }

        return data;
    }

    /// <summary>The cell's status, or a failure naming the cell (<paramref name="cell"/>) with the answer's body.</summary>
    public static async Task AssertAnswersAsync(HttpResponseMessage response, int expected, string cell)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expected, $"{cell}: expected {expected}, got {(int)response.StatusCode}: {body}");
    }
}
