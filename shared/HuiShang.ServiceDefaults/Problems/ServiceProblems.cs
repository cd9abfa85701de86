using Grpc.Core;
using HuiShang.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.ServiceDefaults.Problems;

/// <summary>
/// Errors as the gateway turns them into problem details (gateway/README.md, "Errors from services"):
/// the status picks the HTTP status; the rich status (<see cref="ProblemStatus"/>: ErrorInfo reason and
/// ruleId, BadRequest field violations) the problem's stable type, rule and fields. Domain code throws the exceptions of this folder; the gRPC
/// handler wraps its step in <see cref="Guard{T}"/>.
/// </summary>
public static class ServiceProblems
{
    /// <summary>api.md tenancy: another region's record is "not found", never "forbidden".</summary>
    public static RpcException NotFound(string what, string id) => new(new Status(StatusCode.NotFound, $"{what} '{id}' was not found."));

    public static RpcException InvalidState(string detail) => WithType(StatusCode.FailedPrecondition, "invalid-state", detail);

    /// <summary>What the caller asks to create exists already (unique key), e.g. a second call for one year.</summary>
    public static RpcException AlreadyExists(string detail) => WithType(StatusCode.AlreadyExists, "already-exists", detail);

    public static RpcException ConcurrencyConflict(string detail) => WithType(StatusCode.Aborted, "concurrency-conflict", detail);

    public static RpcException Validation(string detail, IEnumerable<KeyValuePair<string, string>> errors, string? ruleId = null) =>
        ProblemStatus.Create(StatusCode.InvalidArgument, detail, "validation", ruleId, errors);

    public static RpcException RuleViolation(RuleViolationException violation) =>
        ProblemStatus.Create(
            violation.FieldErrors.Count > 0 ? StatusCode.InvalidArgument : StatusCode.FailedPrecondition,
            violation.Message,
            violation.ProblemType,
            violation.RuleId,
            violation.FieldErrors,
            violation.Figures);

    /// <summary>Runs a step and turns the domain's refusals into the statuses and trailers above.</summary>
    public static async Task<T> Guard<T>(Func<Task<T>> step)
    {
        try
        {
            return await step();
        }
        catch (RuleViolationException ex)
        {
            throw RuleViolation(ex);
        }
        catch (DomainValidationException ex)
        {
            throw Validation(ex.Message, ex.FieldErrors);
        }
        catch (InvalidStateException ex)
        {
            throw InvalidState(ex.Message);
        }
        catch (ConcurrencyConflictException ex)
        {
            throw ConcurrencyConflict(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw ConcurrencyConflict("The record was changed by someone else at the same moment; reload it and try again.");
        }
        catch (Policies.NoPolicyInForceException ex)
        {
            throw WithType(StatusCode.FailedPrecondition, "no-policy-in-force", ex.Message);
        }
    }

    public static RpcException WithType(StatusCode code, string problemType, string detail) =>
        ProblemStatus.Create(code, detail, problemType);
}
