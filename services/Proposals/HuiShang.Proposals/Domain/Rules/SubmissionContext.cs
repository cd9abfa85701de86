using HuiShang.Policies;

namespace HuiShang.Proposals.Domain.Rules;

/// <summary>What the submission rules look at: the proposal, its call, the policy in force and the city's record.</summary>
public sealed record SubmissionContext(
    Proposal Proposal,
    Call Call,
    PolicyVersion Policy,
    DateOnly Today,
    bool IsFirstConsultation,
    IReadOnlyList<UnfinishedProject> UnfinishedProjects);
