using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;

namespace HuiShang.Grpc;

/// <summary>
/// A call that ended with a non-OK status. Handlers throw it to choose the status the caller
/// sees; the client throws it when the peer answered with a non-OK status.
/// </summary>
public sealed class RpcException : Exception
{
    /// <summary>Binary trailer carrying a serialized <c>google.rpc.Status</c> (the richer error model).</summary>
    public const string StatusDetailsTrailer = "grpc-status-details-bin";

    public RpcException(Status status, Metadata? trailers = null)
        : base(status.ToString())
    {
        Status = status;
        Trailers = trailers ?? new Metadata();
    }

    public RpcException(StatusCode code, string detail, Metadata? trailers = null)
        : this(new Status(code, detail), trailers)
    {
    }

    public Status Status { get; }

    public StatusCode StatusCode => Status.StatusCode;

    /// <summary>Trailers sent with (server) or received with (client) the status.</summary>
    public Metadata Trailers { get; }

    /// <summary>
    /// INVALID_ARGUMENT with one <c>google.rpc.BadRequest</c> field violation per entry, carried in
    /// <c>grpc-status-details-bin</c> so any gRPC peer can read which fields were wrong.
    /// </summary>
    public static RpcException Validation(string detail, IEnumerable<KeyValuePair<string, string>> fieldErrors)
    {
        var badRequest = new BadRequest();
        foreach (var (field, description) in fieldErrors)
        {
            badRequest.FieldViolations.Add(new BadRequest.Types.FieldViolation { Field = field, Description = description });
        }

        var status = new Google.Rpc.Status { Code = (int)StatusCode.InvalidArgument, Message = detail };
        status.Details.Add(Any.Pack(badRequest));
        var trailers = new Metadata { { StatusDetailsTrailer, status.ToByteArray() } };
        return new RpcException(StatusCode.InvalidArgument, detail, trailers);
    }

    /// <summary>The field violations of a <see cref="Validation"/> error, empty when there are none.</summary>
    public IReadOnlyList<BadRequest.Types.FieldViolation> GetFieldViolations()
    {
        var details = GetStatusDetails();
        if (details is null)
        {
            return [];
        }

        return details.Details
            .Where(any => any.Is(BadRequest.Descriptor))
            .SelectMany(any => any.Unpack<BadRequest>().FieldViolations)
            .ToList();
    }

    /// <summary>The decoded <c>grpc-status-details-bin</c> trailer, or null when absent or unreadable.</summary>
    public Google.Rpc.Status? GetStatusDetails()
    {
        var bytes = Trailers.GetBytes(StatusDetailsTrailer);
        if (bytes is null)
        {
            return null;
        }

        try
        {
            return Google.Rpc.Status.Parser.ParseFrom(bytes);
        }
        catch (InvalidProtocolBufferException)
        {
            return null;
        }
    }
}
