namespace HuiShang.Gateway.Apis;

/// <summary>api.md projects and funding (issue 6).</summary>
public static class FundingApi
{
    public static RouteGroupBuilder MapFundingApi(this IEndpointRouteBuilder api) =>
        api.MapGroup("/projects").WithTags("Funding").ProducesUpstreamProblems();
}
