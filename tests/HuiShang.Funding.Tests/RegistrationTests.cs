using Grpc.Core;
using HuiShang.Contracts;
using static HuiShang.Funding.Tests.Scenario;

namespace HuiShang.Funding.Tests;

/// <summary>RegisterProject: the GX-18 cap, the agreement, the district, the profile's modes and ratio; nothing stored on a refusal.</summary>
public sealed class RegistrationTests
{
    [Fact]
    public async Task GX18_cap_exceeded_names_cap_committed_and_requested_and_stores_nothing()
    {
        await using var host = await FundingHost.StartAsync();
        var agreement = await host.SignAsync(Users.Nanning, "450000", "Key");
        await host.RegisterAsync(Users.NanningBureau, agreement, "18000000.00");
        var eventsBefore = (await host.OutboxAsync()).Count;

        var error = await RefusedAsync(() => host.RegisterAsync(Users.NanningBureau, agreement, "3000000.00"));

        AssertProblem(error, StatusCode.FailedPrecondition, "cap-exceeded", "GX-18");
        Assert.Equal("GX-18: the cap of this agreement is 20,000,000.00 yuan; 18,000,000.00 is committed; 3,000,000.00 more was requested.", error.Status.Detail);
        // The same figures, machine-readable, in the rich status's ErrorInfo metadata.
        var figures = error.GetErrorInfo()!.Metadata;
        Assert.Equal(("20000000.00", "18000000.00", "3000000.00"), (figures["cap"], figures["committed"], figures["requested"]));
        Assert.Equal(1, await host.CountProjectsAsync());
        Assert.Equal(eventsBefore, (await host.OutboxAsync()).Count);
        Assert.Equal("18000000.00", (await host.EnvelopeAsync(Users.NanningBureau, agreement)).Committed.Text());

        // Exactly up to the cap is allowed; a general city's cap is 10,000,000.
        Assert.Equal("Applied", (await host.RegisterAsync(Users.NanningBureau, agreement, "2000000.00")).Status);
        Assert.Equal("0.00", (await host.EnvelopeAsync(Users.NanningBureau, agreement)).Remaining.Text());
        var general = await host.SignAsync(Users.Nanning, "450000", "General");
        AssertProblem(await RefusedAsync(() => host.RegisterAsync(Users.NanningBureau, general, "10000000.01")), StatusCode.FailedPrecondition, "cap-exceeded", "GX-18");
    }

    [Theory]
    [InlineData("-1.00", "upperSupport", "Must be more than 0.")]
    [InlineData("0", "upperSupport", "Must be more than 0.")]
    [InlineData("1000.005", "upperSupport", "At most two decimals (fen).")]
    [InlineData("1:-500000000", "upperSupport", "An amount in yuan")]
    [InlineData("100000000000.01", "upperSupport", "At most 100,000,000,000.00 yuan.")]
    public async Task GX18_bad_amounts_are_refused_as_validation_and_nothing_is_stored(string amount, string field, string message)
    {
        await using var host = await FundingHost.StartAsync();
        var agreement = await host.SignAsync(Users.Nanning, "450000", "Key");

        var error = await RefusedAsync(() => host.RegisterAsync(Users.NanningBureau, agreement, amount));

        AssertProblem(error, StatusCode.InvalidArgument, "validation");
        var violation = Assert.Single(error.GetFieldViolations());
        Assert.Equal(field, violation.Field);
        Assert.StartsWith(message, violation.Description, StringComparison.Ordinal);
        Assert.Equal(0, await host.CountProjectsAsync());
        Assert.Empty(await host.OutboxAsync());
    }

    [Fact]
    public async Task GX18_missing_fields_are_named_in_camel_case()
    {
        await using var host = await FundingHost.StartAsync();

        var error = await RefusedAsync(() => host.RegisterAsync(Users.NanningBureau,
            new Contracts.Funding.V1.RegisterProjectRequest { Title = new string('x', 201), Mode = "auction" }));

        AssertProblem(error, StatusCode.InvalidArgument, "validation");
        Assert.Equal(["agreementId", "field", "mode", "title", "upperSupport"], Fields(error));
    }

    [Fact]
    public async Task GX18_unsigned_or_other_citys_agreement_is_agreement_not_signed_alike()
    {
        await using var host = await FundingHost.StartAsync();
        var liuzhou = await host.SignAsync("450200", "450000", "Key");

        var unknownId = Guid.NewGuid();
        var unknown = await RefusedAsync(() => host.RegisterAsync(Users.NanningBureau, unknownId, "1000.00"));
        var other = await RefusedAsync(() => host.RegisterAsync(Users.NanningBureau, liuzhou, "1000.00"));

        AssertProblem(unknown, StatusCode.FailedPrecondition, "agreement-not-signed", "GX-18");
        AssertProblem(other, StatusCode.FailedPrecondition, "agreement-not-signed", "GX-18");
        Assert.Equal(unknown.Status.Detail.Replace(unknownId.ToString(), "<id>"), other.Status.Detail.Replace(liuzhou.ToString(), "<id>"));
        Assert.Equal(0, await host.CountProjectsAsync());
    }

    [Fact]
    public async Task XJ42_district_is_required_and_must_belong_to_the_agreements_city()
    {
        await using var host = await FundingHost.StartAsync();
        var agreement = await host.SignAsync(Users.Urumqi, "650000");

        var missing = await RefusedAsync(() => host.RegisterAsync(Users.UrumqiBureau, agreement, "1000.00"));
        var unknown = await RefusedAsync(() => host.RegisterAsync(Users.UrumqiBureau, agreement, "1000.00", "650199"));
        var nanning = await host.SignAsync(Users.Nanning, "450000");
        var gxDistrict = await RefusedAsync(() => host.RegisterAsync(Users.NanningBureau, nanning, "1000.00", "650102"));

        AssertProblem(missing, StatusCode.InvalidArgument, "validation", "XJ-4.2");
        Assert.Equal(["districtCode"], Fields(missing));
        AssertProblem(unknown, StatusCode.InvalidArgument, "validation");
        Assert.Contains("Unknown district", Assert.Single(unknown.GetFieldViolations()).Description, StringComparison.Ordinal);
        Assert.Equal(["districtCode"], Fields(gxDistrict));
        Assert.Equal(0, await host.CountProjectsAsync());
    }

    [Fact]
    public async Task XJ42_a_district_registers_for_its_own_district_only()
    {
        await using var host = await FundingHost.StartAsync();
        var agreement = await host.SignAsync(Users.Urumqi, "650000");

        var own = await host.RegisterAsync(Users.Tianshan, agreement, "1000.00");
        var explicitOwn = await host.RegisterAsync(Users.Tianshan, agreement, "1000.00", "650102");
        var other = await RefusedAsync(() => host.RegisterAsync(Users.Tianshan, agreement, "1000.00", "650103"));
        var nanning = await host.SignAsync(Users.Nanning, "450000");
        var gx = await RefusedAsync(() => host.RegisterAsync(Users.Tianshan, nanning, "1000.00"));

        Assert.Equal(("650102", "650100", "650000"), (own.DistrictCode, own.RegionCode, own.JurisdictionCode));
        Assert.Equal("650102", explicitOwn.DistrictCode);
        Assert.Equal(["districtCode"], Fields(other));
        AssertProblem(gx, StatusCode.FailedPrecondition, "agreement-not-signed", "GX-18");
        Assert.Equal(2, await host.CountProjectsAsync());
    }

    [Fact]
    public async Task XJ42_offered_ratio_never_below_the_profile_ratio_and_absent_without_matching()
    {
        await using var host = await FundingHost.StartAsync();
        var xj = await host.SignAsync(Users.Urumqi, "650000");
        var gx = await host.SignAsync(Users.Nanning, "450000");

        var below = await RefusedAsync(() => host.RegisterAsync(Users.UrumqiBureau, xj, "1000.00", "650102", "0.9999"));
        var tooPrecise = await RefusedAsync(() => host.RegisterAsync(Users.UrumqiBureau, xj, "1000.00", "650102", "1.00001"));
        var withoutMatching = await RefusedAsync(() => host.RegisterAsync(Users.NanningBureau, gx, "1000.00", ratio: "1.5"));
        var offered = await host.RegisterAsync(Users.UrumqiBureau, xj, "1000.00", "650102", "1.25");

        AssertProblem(below, StatusCode.InvalidArgument, "validation", "XJ-4.2");
        Assert.Equal(["offeredMatchRatio"], Fields(below));
        Assert.Equal(["offeredMatchRatio"], Fields(tooPrecise));
        Assert.Equal(["offeredMatchRatio"], Fields(withoutMatching));
        Assert.Equal("1.25", offered.OfferedMatchRatio);
        Assert.Equal(1, await host.CountProjectsAsync());
    }

    [Fact]
    public async Task GY9_funding_mode_must_be_one_the_profile_allows()
    {
        using var policies = CustomPolicies.WithNarrowGy();
        await using var host = await FundingHost.StartAsync(policiesDirectory: policies.Path);
        var agreement = await host.SignAsync("510802", "510800");

        var error = await RefusedAsync(() => host.RegisterAsync(Users.LizhouBureau, Request(agreement, "1000.00", mode: "lump-sum")));
        var allowed = await host.RegisterAsync(Users.LizhouBureau, Request(agreement, "1000.00", mode: "open-call"));

        AssertProblem(error, StatusCode.InvalidArgument, "validation", "GY-9");
        Assert.Equal(["mode"], Fields(error));
        Assert.Equal("open-call", allowed.Mode);
        Assert.Equal(1, await host.CountProjectsAsync());
    }

    [Fact]
    public async Task GX18_registration_stages_project_registered_and_status_changed()
    {
        await using var host = await FundingHost.StartAsync();
        var agreement = await host.SignAsync(Users.Nanning, "450000", "Key");

        var project = await host.RegisterAsync(Users.NanningBureau, agreement, "1500000.50");

        Assert.Equal(("Applied", true, 1L, "1500000.50", "gx/2019-01-01"), (project.Status, project.Unfinished, project.Version, project.UpperSupport.Text(), project.PolicyVersion));
        Assert.Equal(["ProjectRegistered", "JointProjectStatusChanged"], await host.EventNamesAsync());
        Assert.Equal("1500000.50", (await host.EnvelopeAsync(Users.NanningBureau, agreement)).Committed.Text());
    }
}
