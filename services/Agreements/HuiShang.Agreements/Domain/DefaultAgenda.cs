namespace HuiShang.Agreements.Domain;

/// <summary>GX-17(三): the basic agenda of the consultation meeting.</summary>
public static class DefaultAgenda
{
    public static readonly IReadOnlyList<string> Steps =
    [
        "设区市人民政府主要领导或分管领导报告上次会商落实情况及本次会商议题考虑",
        "针对会商议题进行讨论",
        "科技厅分管领导宣读议定书",
        "科技厅厅长与设区市人民政府主要领导签定议定书",
        "领导讲话",
    ];
}
