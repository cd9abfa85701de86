namespace HuiShang.Grpc.Client;

/// <summary>A completed unary call: the response with the headers and trailers that came with it.</summary>
public sealed record CallResult<TResponse>(TResponse Response, Metadata ResponseHeaders, Metadata Trailers);
