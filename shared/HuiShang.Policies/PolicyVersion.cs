using System.Text.Json.Serialization;
using HuiShang.Policies.Sections;

namespace HuiShang.Policies;

/// <summary>
/// The rules in force over an inclusive range of Asia/Shanghai calendar dates. A null section means the
/// rule is not applied by this jurisdiction (e.g. HB has no field block): ask with
/// <see cref="IsApplied{T}"/>, <see cref="Find{T}"/> or <see cref="Require{T}"/>, never by province.
/// <see cref="EffectiveTo"/> must be written out; null means "until superseded".
/// </summary>
public sealed record PolicyVersion(
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    IReadOnlyList<string>? Notes = null,
    IntakeWindow? IntakeWindow = null,
    SelectionQuota? SelectionQuota = null,
    RoundCycle? RoundCycle = null,
    WorkMeetings? WorkMeetings = null,
    LeadTime? LeadTime = null,
    Eligibility? Eligibility = null,
    FieldBlock? FieldBlock = null,
    FundingCaps? FundingCaps = null,
    Matching? Matching = null,
    Reporting? Reporting = null,
    ApprovalChain? ApprovalChain = null,
    ProjectManagement? ProjectManagement = null,
    Preparation? Preparation = null,
    Implementation? Implementation = null)
{
    /// <summary>"gx/2019-01-01": profile id and effective-from date; set by the catalog at load.</summary>
    [JsonIgnore]
    public string Id { get; init; } = "";

    [JsonIgnore]
    public IReadOnlyList<IPolicySection> Sections =>
        new IPolicySection?[]
        {
            IntakeWindow, SelectionQuota, RoundCycle, WorkMeetings, LeadTime, Eligibility,
            FieldBlock, FundingCaps, Matching, Reporting, ApprovalChain, ProjectManagement, Preparation, Implementation,
        }.OfType<IPolicySection>().ToList();

    public bool Covers(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);

    public bool IsApplied<T>() where T : class, IPolicySection, ISectionName => Find<T>() is not null;

    public T? Find<T>() where T : class, IPolicySection, ISectionName => Sections.OfType<T>().SingleOrDefault();

    public T Require<T>() where T : class, IPolicySection, ISectionName => Find<T>() ?? throw new RuleNotAppliedException(Id, T.SectionName);

    public PolicyDecisionStamp Stamp(params IPolicySection[] used) => new(Id, used.Select(s => s.RuleId).Distinct().ToList());
}
