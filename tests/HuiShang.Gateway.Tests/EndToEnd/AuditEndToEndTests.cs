using System.Net;
using System.Net.Sockets;
using HuiShang.Gateway.Tests.Infrastructure;
using HuiShang.Proposals.Data;
using HuiShang.ServiceTesting;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Gateway.Tests.EndToEnd;

/// <summary>
/// Issue 12 finding 7 through the real gateway and Proposals service: the history records the
/// caller's own address (the gateway forwards it; the service trusts it from the gateway only),
/// and GET /api/admin/audit/{service}/verify is the admin's, reporting a row tampered with in SQL.
/// </summary>
public sealed class AuditEndToEndTests(ProposalsStack stack) : IClassFixture<ProposalsStack>
{
    private const string Admin = "admin@000000";

    [Fact]
    public async Task The_history_records_the_address_the_caller_connected_from()
    {
        // Not the gateway's own 127.0.0.1: a caller from another loopback address, so the service
        // could only have learnt it from what the gateway forwarded.
        using var caller = ClientFrom(IPAddress.Parse("127.0.0.2"));

        var created = await caller.PostJsonAsync("/api/proposals", ProposalsStack.ProposalBody(stack.GuangxiCallId), stack.Token(ProposalsStack.NanningBureau));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = Guid.Parse((await created.ReadJsonAsync()).GetProperty("id").GetString()!);
        var recorded = await stack.Proposals.QueryAsync<ProposalsDbContext, string?>(db =>
            db.ProposalHistory.Where(e => e.ProposalId == id).Select(e => e.ClientAddress).SingleAsync());
        Assert.Equal("127.0.0.2", recorded);
    }

    [Theory]
    [InlineData(null, 401)]
    [InlineData(ProposalsStack.GuangxiPlanning, 403)]
    [InlineData(ProposalsStack.NanningBureau, 403)]
    public async Task Verification_is_for_admins_only(string? user, int status)
    {
        var response = await stack.Client.GetAsync("/api/admin/audit/proposals/verify", user is null ? null : stack.Token(user));

        Assert.Equal(status, (int)response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_service_is_404_and_a_malformed_record_id_400()
    {
        var token = stack.Token(Admin);

        await (await stack.Client.GetAsync("/api/admin/audit/notifications/verify", token)).ShouldBeProblemAsync(404, "not-found");
        await (await stack.Client.GetAsync("/api/admin/audit/proposals/verify?recordId=x", token)).ShouldBeProblemAsync(400, "validation");
    }

    [Fact]
    public async Task The_admin_sees_the_chain_intact_then_the_tampered_row_as_the_first_broken_link()
    {
        var token = stack.Token(Admin);
        var target = await stack.SubmittedAsync();
        var intact = await (await stack.Client.GetAsync($"/api/admin/audit/proposals/verify?recordId={target.Id}", token)).ReadJsonAsync();
        Assert.True(intact.GetProperty("intact").GetBoolean());
        Assert.Equal(2, intact.GetProperty("checkedCount").GetInt64());

        var id = Guid.Parse(target.Id);
        var newest = await stack.Proposals.QueryAsync<ProposalsDbContext, string>(db =>
            db.ProposalHistory.Where(e => e.ProposalId == id).OrderBy(e => e.Id).Select(e => e.Hash).LastAsync());
        await stack.Proposals.QueryAsync<ProposalsDbContext, int>(db =>
            db.Database.ExecuteSqlRawAsync("UPDATE proposal_history SET action = 'tampered' WHERE hash = {0}", newest));

        var response = await stack.Client.GetAsync($"/api/admin/audit/proposals/verify?recordId={target.Id}", token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.ReadJsonAsync();
        Assert.Equal("proposals", report.GetProperty("service").GetString());
        Assert.False(report.GetProperty("intact").GetBoolean());
        var broken = report.GetProperty("firstBroken");
        Assert.Equal((target.Id, 1, "content-changed"), (broken.GetProperty("recordId").GetString(), broken.GetProperty("entryIndex").GetInt32(), broken.GetProperty("reason").GetString()));
        Assert.StartsWith("v1:", broken.GetProperty("expected").GetString());
    }

    private HttpClient ClientFrom(IPAddress source)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(source, 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        return new HttpClient(handler) { BaseAddress = stack.Client.BaseAddress };
    }
}
