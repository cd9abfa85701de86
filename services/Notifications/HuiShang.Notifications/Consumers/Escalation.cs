namespace HuiShang.Notifications.Consumers;

/// <summary>
/// GX-19 及时向厅领导汇报: who hears of an overdue ledger, report or item. Level 0 the owner; from level 1
/// (the profile's escalation days past due) also the coordinating division; at level 2 also the director.
/// </summary>
internal static class Escalation
{
    public static IReadOnlyList<Recipient> To(int level, string jurisdictionCode, params Recipient[] owners) =>
    [
        .. owners,
        .. level >= 1 ? [new Recipient(Roles.ProvincePlanning, jurisdictionCode)] : Array.Empty<Recipient>(),
        .. level >= 2 ? [new Recipient(Roles.ProvinceDirector, jurisdictionCode)] : Array.Empty<Recipient>(),
    ];

    public static string Suffix(int level) => level switch
    {
        1 => "（已提请发展规划处督办）",
        >= 2 => "（已报厅领导）",
        _ => "",
    };
}
