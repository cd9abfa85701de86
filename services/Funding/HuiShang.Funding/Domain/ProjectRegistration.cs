using HuiShang.Policies;
using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Funding.Domain;

/// <summary>
/// GX-18 / XJ-4.2 / GY-9 registration as one domain operation: a signed agreement of the registrant's city,
/// the registration rules of the profile in force today, then the reservation under the envelope's cap.
/// </summary>
public static class ProjectRegistration
{
    /// <param name="envelope">The agreement's envelope; null when the agreement is unknown or not signed.</param>
    public static (Project Project, IReadOnlyList<object> Events) Register(
        RegistrationRequest request, Envelope? envelope, Registrant registrant, PolicyCatalog policies, string by, DateTimeOffset now)
    {
        if (envelope is null || !registrant.MayRegisterUnder(envelope))
        {
            // The same answer for another city's agreement: never reveal that it exists.
            throw new RuleViolationException("agreement-not-signed", "GX-18",
                $"GX-18: no signed agreement {request.AgreementId} of your city has a funding envelope; projects are registered under signed agreements only.");
        }

        var version = policies.InForce(envelope.JurisdictionCode, PolicyCalendar.DateOf(now));
        var draft = RegistrationRules.Resolve(request, envelope, registrant.District, version);
        envelope.Reserve(draft.UpperSupport);
        return Project.Register(draft, envelope, version.Id, by, now);
    }
}
