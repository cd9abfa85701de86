using Grpc.Core;
using Grpc.Core.Interceptors;
using HuiShang.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.ServiceDefaults.Problems;

/// <summary>
/// Issue 12, finding 2: a check-then-insert that loses a race is refused by the unique index, in any
/// method of any service, whether or not it runs inside <see cref="ServiceProblems.Guard{T}"/>.
/// Without this the exception leaves the handler as UNKNOWN and the gateway answers 502; the caller
/// did nothing wrong but ask for something that now exists, so it is ALREADY_EXISTS (409).
/// Services call unary methods only, so only the unary handler is wrapped.
/// </summary>
internal sealed class UniqueViolationInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            throw ServiceProblems.AlreadyExists("The record already exists: another request stored the same one a moment earlier. Reload and check it.");
        }
    }
}
