namespace HuiShang.Proposals.Domain;

/// <summary>GX-10: 重点 (key), 一般 (general), or an extra consultation outside the round cycle.</summary>
public enum SelectionTier
{
    Key,
    General,
    Extra,
}
