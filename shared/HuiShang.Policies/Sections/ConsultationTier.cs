namespace HuiShang.Policies.Sections;

/// <summary>GX-10: 重点会商对象 (key) or 一般会商对象 (general).</summary>
public enum ConsultationTier
{
    Key,
    General,
}
