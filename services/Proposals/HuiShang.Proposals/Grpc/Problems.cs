using HuiShang.Grpc;
using HuiShang.Policies;
using HuiShang.Proposals.Domain;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Proposals.Grpc;

/// <summary>
/// Errors as the gateway turns them into problem details: the status picks the HTTP status, the
/// <c>problem-type</c> trailer the problem's stable type and <c>rule-id</c> the refusing rule
/// (gateway README, "Errors from services").
/// </summary>
internal static class Problems
{
    public const string ProblemTypeTrailer = HuiShang.Contracts.ErrorTrailers.ProblemType;
    public const string RuleIdTrailer = HuiShang.Contracts.ErrorTrailers.RuleId;

    /// <summary>api.md tenancy: another region's record is "not found", never "forbidden".</summary>
    public static RpcException NotFound(string id) => new(StatusCode.NotFound, $"Proposal '{id}' was not found.");

    public static RpcException CallNotFound(string id) => new(StatusCode.NotFound, $"Call '{id}' was not found.");

    public static RpcException InvalidState(string detail) => WithType(StatusCode.FailedPrecondition, "invalid-state", detail);

    public static RpcException ConcurrencyConflict() =>
        WithType(StatusCode.Aborted, "concurrency-conflict", "The proposal was changed by someone else; reload it and try again.");

    public static RpcException Validation(string detail, IEnumerable<KeyValuePair<string, string>> errors)
    {
        var error = RpcException.Validation(detail, errors);
        error.Trailers.Add(ProblemTypeTrailer, "validation");
        return error;
    }

    public static RpcException RuleViolation(RuleViolationException violation)
    {
        var error = violation.FieldErrors.Count > 0
            ? RpcException.Validation(violation.Message, violation.FieldErrors)
            : new RpcException(StatusCode.FailedPrecondition, violation.Message);
        error.Trailers.Add(ProblemTypeTrailer, violation.ProblemType);
        error.Trailers.Add(RuleIdTrailer, violation.RuleId);
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
        catch (InvalidStateException ex)
        {
            throw InvalidState(ex.Message);
        }
        catch (Exception ex) when (ex is ConcurrencyConflictException or DbUpdateConcurrencyException)
        {
            throw ConcurrencyConflict();
        }
        catch (NoPolicyInForceException ex)
        {
            throw WithType(StatusCode.FailedPrecondition, "no-policy-in-force", ex.Message);
        }
    }

    public static RpcException WithType(StatusCode code, string problemType, string detail) =>
        new(code, detail, new Metadata { { ProblemTypeTrailer, problemType } });
}
