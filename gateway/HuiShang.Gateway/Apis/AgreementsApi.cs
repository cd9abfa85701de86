namespace HuiShang.Gateway.Apis;

/// <summary>api.md agreements (issue 5).</summary>
public static class AgreementsApi
{
    public static RouteGroupBuilder MapAgreementsApi(this IEndpointRouteBuilder api) =>
        api.MapGroup("/agreements").WithTags("Agreements").ProducesUpstreamProblems();
}
