namespace HuiShang.Gateway.Http;

internal static class UpstreamProblemMetadata
{
    /// <summary>
    /// Documents the problems any forwarded call can end in (RpcProblemMapper): handlers return
    /// only their success results; failures surface through the exception handler.
    /// </summary>
    public static RouteGroupBuilder ProducesUpstreamProblems(this RouteGroupBuilder group)
    {
        int[] statuses = [401, 403, 404, 409, 413, 429, 502, 503];
        foreach (var status in statuses)
        {
            group.ProducesProblem(status);
        }

        return group;
    }
}
