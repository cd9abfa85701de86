namespace HuiShang.Gateway.Tests.Infrastructure;

/// <summary>
/// Fails the test on any 500 from the gateway, whatever the test itself asserts: bad input and
/// failing services must never surface as an internal server error.
/// </summary>
public sealed class NoServerErrorsHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if ((int)response.StatusCode == 500)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new Xunit.Sdk.XunitException($"{request.Method} {request.RequestUri} answered 500: {body}");
        }

        return response;
    }
}
