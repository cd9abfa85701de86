using HuiShang.Contracts.Proposals.V1;
using HuiShang.Gateway.Tests.Infrastructure;
using Grpc.Core;
using Grpc.Net.Client;

namespace HuiShang.Gateway.Tests;

/// <summary>
/// The service side of identity (RequireCaller), called directly over gRPC as another service
/// or an attacker inside the network would: no trust in the gateway having checked.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class GrpcCallerTests : IDisposable
{
    private readonly GatewayFixture _fixture;
    private readonly GrpcChannel _channel;

    public GrpcCallerTests(GatewayFixture fixture)
    {
        _fixture = fixture;
        _channel = GrpcChannel.ForAddress(fixture.Backend.Address);
        fixture.Script.Reset();
    }

    public void Dispose() => _channel.Dispose();

    [Fact]
    public async Task Without_a_token_a_service_answers_unauthenticated()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Call(authorization: null));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task With_a_forged_token_a_service_answers_unauthenticated()
    {
        var forged = new TestSigner(_fixture.Auth.Keys.KeyId).TokenFor("city-bureau@450100");

        var error = await Assert.ThrowsAsync<RpcException>(() => Call("Bearer " + forged));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task With_a_role_the_method_does_not_allow_a_service_answers_permission_denied()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Call("Bearer " + _fixture.Auth.TokenFor("city-leader@450100")));

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Contains("city-bureau", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_allowed_role_the_service_sees_the_caller_from_the_token()
    {
        var proposal = await Call("Bearer " + _fixture.Auth.TokenFor("city-bureau@450100"));

        Assert.Equal(("450100", "450000", "city-bureau@450100"), (proposal.RegionCode, proposal.JurisdictionCode, proposal.CreatedBy));
    }

    private Task<Proposal> Call(string? authorization)
    {
        var headers = new Metadata();
        if (authorization is not null)
        {
            headers.Add("authorization", authorization);
        }

        return new Contracts.Proposals.V1.Proposals.ProposalsClient(_channel)
            .CreateProposalAsync(new CreateProposalRequest { CallId = "c", Title = "t" }, headers, DateTime.UtcNow.AddSeconds(10)).ResponseAsync;
    }
}
