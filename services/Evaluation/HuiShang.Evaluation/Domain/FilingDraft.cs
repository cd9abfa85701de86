namespace HuiShang.Evaluation.Domain;

/// <summary>
/// A filing as the request stated it, its fields already checked for shape. Kind and period name what it
/// is for; ExpectedRevision is the If-Match: the latest revision of the period the filer has seen (0 = none).
/// </summary>
public sealed record FilingDraft(
    string Kind,
    int Year,
    int Quarter,
    int ExpectedRevision,
    IReadOnlyList<FilingEntry> Entries,
    string Summary = "",
    string Timetable = "",
    string Roadmap = "",
    IReadOnlyList<string>? ResponsiblePeople = null);
