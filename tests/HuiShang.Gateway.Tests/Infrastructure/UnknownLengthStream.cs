namespace HuiShang.Gateway.Tests.Infrastructure;

/// <summary>A body whose length HttpClient cannot know, so it is sent chunked.</summary>
public sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
{
    public override bool CanSeek => false;
}
