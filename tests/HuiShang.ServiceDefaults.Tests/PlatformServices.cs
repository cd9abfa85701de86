using HuiShang.Agreements;
using HuiShang.Contracts;
using HuiShang.Evaluation;
using HuiShang.Funding;
using HuiShang.Notifications;
using HuiShang.Proposals;
using Microsoft.AspNetCore.Builder;

namespace HuiShang.ServiceDefaults.Tests;

/// <summary>The five services: how each composes itself, for tests that hold for all of them.</summary>
public static class PlatformServices
{
    public static readonly TheoryData<string> Names =
        [Resources.Proposals, Resources.Agreements, Resources.Funding, Resources.Evaluation, Resources.Notifications];

    public static Action<WebApplicationBuilder> Add(string name) => name switch
    {
        Resources.Proposals => b => b.AddProposals(),
        Resources.Agreements => b => b.AddAgreements(),
        Resources.Funding => b => b.AddFunding(),
        Resources.Evaluation => b => b.AddEvaluation(),
        Resources.Notifications => b => b.AddNotifications(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a service"),
    };
}
