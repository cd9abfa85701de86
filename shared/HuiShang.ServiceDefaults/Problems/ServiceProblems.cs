using HuiShang.Contracts;
using HuiShang.Grpc;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.ServiceDefaults.Problems;

/// <summary>
/// Errors as the gateway turns them into problem details (gateway/README.md, "Errors from services"):
/// the status picks the HTTP status, the <c>problem-type</c> trailer the problem's stable type and
/// <c>rule-id</c> the refusing rule. Domain code throws the exceptions of this folder; the gRPC
/// handler wraps its step in <see cref="Guard{T}"/>.
/// </summary>
public static class ServiceProblems
{
    /// <summary>api.md tenancy: another region's record is "not found", never "forbidden".</summary>
    public static RpcException NotFound(string what, string id) => new(StatusCode.NotFound, $"{what} '{id}' was not found.");

    public static RpcException InvalidState(string detail) => WithType(StatusCode.FailedPrecondition, "invalid-state", detail);

    public static RpcException ConcurrencyConflict(string detail) => WithType(StatusCode.Aborted, "concurrency-conflict", detail);

    public static RpcException Validation(string detail, IEnumerable<KeyValuePair<string, string>> errors, string? ruleId = null)
    {
        var error = RpcException.Validation(detail, errors);
        error.Trailers.Add(ErrorTrailers.ProblemType, "validation");
        if (ruleId is not null)
        {
            error.Trailers.Add(ErrorTrailers.RuleId, ruleId);
        }

        return error;
    }

    public static RpcException RuleViolation(RuleViolationException violation)
    {
        var error = violation.FieldErrors.Count > 0
            ? RpcException.Validation(violation.Message, violation.FieldErrors)
            : new RpcException(StatusCode.FailedPrecondition, violation.Message);
        error.Trailers.Add(ErrorTrailers.ProblemType, violation.ProblemType);
        error.Trailers.Add(ErrorTrailers.RuleId, violation.RuleId);
        return error;
    }

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
        new(code, detail, new Metadata { { ErrorTrailers.ProblemType, problemType } });
}
