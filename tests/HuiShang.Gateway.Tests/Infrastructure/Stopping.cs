namespace HuiShang.Gateway.Tests.Infrastructure;

public static class Stopping
{
    /// <summary>Disposes what did start, in the order given (also after a failed start: the parts not started are null).</summary>
    public static async Task InOrderAsync(params IAsyncDisposable?[] parts)
    {
        foreach (var part in parts)
        {
            if (part is not null)
            {
                await part.DisposeAsync();
            }
        }
    }
}
