namespace HuiShang.Policies.Sections;

public enum IntakeKind
{
    /// <summary>A fixed yearly window (GX-10: the first quarter).</summary>
    Window,

    /// <summary>A lower government may ask at any time (HB-16(一) 商请).</summary>
    AnyTime,

    /// <summary>Needs are collected per a published application guide (XJ-3.1); dates come from the guide.</summary>
    PerGuide,
}
