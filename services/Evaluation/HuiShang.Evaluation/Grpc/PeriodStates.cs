using HuiShang.Evaluation.Domain;

namespace HuiShang.Evaluation.Grpc;

/// <summary>A reporting period's state as the tracking view shows it.</summary>
internal static class PeriodStates
{
    public const string NotDue = "NotDue";
    public const string Due = "Due";
    public const string Overdue = "Overdue";
    public const string Filed = "Filed";
    public const string Late = "Late";
    public const string Returned = "Returned";

    public static string Of(DateOnly? dueOn, Filing? first, Filing? latest, DateOnly today) => (first, latest) switch
    {
        (_, { Returned: true }) => Returned,
        ({ Late: true }, _) => Late,
        ({ }, _) => Filed,
        _ when dueOn is { } due && today > due => Overdue,
        _ when dueOn is null => NotDue,
        _ => Due,
    };
}
