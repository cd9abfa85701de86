namespace HuiShang.Proposals.Domain;

/// <summary>
/// What the city's past says at submission: whether it was ever selected (GX-11, GX-12 / HB-19(一) exempt a
/// first consultation) and its unfinished joint projects (GX-21 field block).
/// </summary>
public sealed record CityRecord(bool IsFirstConsultation, IReadOnlyList<UnfinishedProject> UnfinishedProjects);
