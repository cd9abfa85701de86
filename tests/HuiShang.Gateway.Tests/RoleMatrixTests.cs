using HuiShang.Contracts.Identity;
using HuiShang.Gateway.Tests.Infrastructure;

namespace HuiShang.Gateway.Tests;

/// <summary>
/// Every proposals/calls endpoint × every role of Roles.All: allowed roles reach the service
/// (and get its success), the others get 403 without the service being called; no token is 401.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class RoleMatrixTests
{
    private static readonly string Proposal = $"/api/proposals/{Payloads.ProposalId}";

    /// <summary>A seeded user for each role (api.md "Seeded users").</summary>
    private static readonly Dictionary<string, string> UserOf = new(StringComparer.Ordinal)
    {
        [Roles.ProvincePlanning] = "province-planning@450000",
        [Roles.ProvinceDivision] = "province-division.high-tech@450000",
        [Roles.ProvinceDirector] = "province-director@450000",
        [Roles.CityBureau] = "city-bureau@450100",
        [Roles.CityLeader] = "city-leader@450100",
        [Roles.District] = "district@650102",
        [Roles.Expert] = "expert.1@450000",
        [Roles.Admin] = "admin@000000",
        [Roles.CitySystem] = "city-system@450100",
    };

    /// <summary>Name → (method, path, body, If-Match, success status, backend method, allowed roles).</summary>
    private static readonly Dictionary<string, Endpoint> Endpoints = new(StringComparer.Ordinal)
    {
        ["POST /api/calls"] = new("POST", "/api/calls", Payloads.ValidCall, null, 201, "CreateCall", [Roles.ProvincePlanning]),
        ["GET /api/calls"] = new("GET", "/api/calls?year=2026", null, null, 200, "ListCalls", [.. Roles.All]),
        ["GET /api/calls/{id}"] = new("GET", $"/api/calls/{FakeProposalsService.CallId}", null, null, 200, "GetCall", [.. Roles.All]),
        ["POST /api/calls/{id}/selection"] = new("POST", $"/api/calls/{FakeProposalsService.CallId}/selection", Payloads.ValidSelection, null, 200, "SelectProposals", [Roles.ProvincePlanning]),
        ["POST /api/proposals"] = new("POST", "/api/proposals", Payloads.ValidProposal, null, 201, "CreateProposal", [Roles.CityBureau]),
        ["GET /api/proposals"] = new("GET", "/api/proposals?status=submitted", null, null, 200, "ListProposals", [.. Roles.All]),
        ["GET /api/proposals/{id}"] = new("GET", Proposal, null, null, 200, "GetProposal", [.. Roles.All]),
        ["PUT /api/proposals/{id}"] = new("PUT", Proposal, Payloads.ValidUpdate, "\"7\"", 200, "UpdateProposal", [Roles.CityBureau]),
        ["POST /api/proposals/{id}/submit"] = new("POST", Proposal + "/submit", null, null, 200, "SubmitProposal", [Roles.CityBureau]),
        ["POST /api/proposals/{id}/return"] = new("POST", Proposal + "/return", Payloads.ValidReturn, null, 200, "ReturnProposal", [Roles.ProvincePlanning]),
        ["POST /api/proposals/{id}/withdraw"] = new("POST", Proposal + "/withdraw", null, null, 200, "WithdrawProposal", [Roles.CityBureau]),
        ["GET /api/proposals/{id}/history"] = new("GET", Proposal + "/history", null, null, 200, "GetProposalHistory", [.. Roles.All]),
    };

    private readonly GatewayFixture _fixture;

    public RoleMatrixTests(GatewayFixture fixture)
    {
        _fixture = fixture;
        fixture.Script.Reset();
    }

    public static TheoryData<string, string> Matrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var endpoint in Endpoints.Keys)
        {
            foreach (var role in Roles.All)
            {
                data.Add(endpoint, role);
            }
        }

        return data;
    }

    public static TheoryData<string> EndpointNames() => [.. Endpoints.Keys];

    [Fact]
    public void Every_role_has_a_seeded_user() => Assert.All(Roles.All, role => Assert.True(UserOf.ContainsKey(role), role));

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_the_expected_status(string name, string role)
    {
        var endpoint = Endpoints[name];
        var token = _fixture.Auth.TokenFor(UserOf[role]);

        var response = await Send(endpoint, token);

        if (endpoint.Roles.Contains(role))
        {
            Assert.Equal(endpoint.Success, (int)response.StatusCode);
            var call = Assert.Single(_fixture.Script.Calls);
            Assert.Equal((endpoint.Rpc, "Bearer " + token), (call.Method, call.Authorization));
        }
        else
        {
            await response.ShouldBeProblemAsync(403, "forbidden");
            Assert.Empty(_fixture.Script.Calls);
        }
    }

    [Theory]
    [MemberData(nameof(EndpointNames))]
    public async Task Without_a_token_every_endpoint_is_401(string name)
    {
        var response = await Send(Endpoints[name], token: null);

        await response.ShouldBeProblemAsync(401, "unauthenticated");
        Assert.Empty(_fixture.Script.Calls);
    }

    private Task<HttpResponseMessage> Send(Endpoint endpoint, string? token) =>
        _fixture.Client.SendJsonAsync(new HttpMethod(endpoint.Method), endpoint.Path, endpoint.Body, token, endpoint.IfMatch);

    private sealed record Endpoint(string Method, string Path, string? Body, string? IfMatch, int Success, string Rpc, string[] Roles);
}
