using Grpc.Core;
using HuiShang.Contracts;
using Xunit;

namespace HuiShang.ServiceTesting;

/// <summary>
/// Reading a service's refusal: every service reports problems the same way (shared ServiceProblems),
/// so the test projects import these statically instead of each keeping a copy.
/// </summary>
public static class Refusals
{
    public static async Task<RpcException> RefusedAsync(Func<Task> call) => await Assert.ThrowsAsync<RpcException>(call);

    public static void AssertProblem(RpcException error, StatusCode status, string problemType, string? ruleId = null)
    {
        Assert.Equal(status, error.StatusCode);
        Assert.Equal(problemType, error.GetProblemType());
        if (ruleId is not null)
        {
            Assert.Equal(ruleId, error.GetRuleId());
        }
    }

    /// <summary>The fields a validation problem names, sorted (ordinal) so tests compare sets.</summary>
    public static IReadOnlyList<string> Fields(RpcException error) =>
        error.GetFieldViolations().Select(v => v.Field).Order(StringComparer.Ordinal).ToList();
}
