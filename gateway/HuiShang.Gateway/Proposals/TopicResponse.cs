namespace HuiShang.Gateway.Proposals;

public sealed record TopicResponse(
    string Title,
    string Category,
    string Field,
    string PriorWork,
    string Alignment,
    string NextSteps,
    decimal RequestedSupport);
