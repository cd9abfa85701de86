using HuiShang.Contracts;
using HuiShang.Proposals;
using HuiShang.Proposals.Domain;
using HuiShang.ServiceTesting;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.Interop.Tests;

/// <summary>The real Proposals service in-process on Kestrel (as its Program.cs composes it), the rule clock in 2025's first quarter.</summary>
internal static class ProposalsServer
{
    public const string NanningBureau = "city-bureau@450100";
    public const string GuangxiPlanning = "province-planning@450000";

    /// <summary>Inside GX-10's intake window (Q1 2025) and more than two months before 2025-06-18 (GX-13).</summary>
    private static readonly DateTimeOffset InQ1 = new(2025, 2, 10, 10, 0, 0, TimeSpan.FromHours(8));

    public static Task<ServiceHost> StartAsync() =>
        ServiceHost.StartAsync(Resources.Proposals, b =>
        {
            b.Services.AddKeyedSingleton<TimeProvider>(ProposalsClock.Key, new FixedClock(InQ1));
            b.AddProposals();
        }, a => a.MapProposals());

    /// <summary>The platform token of a seeded user, as a grpc-js client would be handed it.</summary>
    public static string TokenOf(this ServiceHost host, string demoUser) =>
        host.As(demoUser).Headers!.GetValue("authorization")!["Bearer ".Length..];
}
