namespace HuiShang.Evaluation.Domain;

public enum ObligationStatus
{
    Open,

    /// <summary>Marked done with evidence by its owner; awaits the coordinating division.</summary>
    Done,

    /// <summary>Accepted by the coordinating division: no longer unfinished (GX-21).</summary>
    Completed,
}
