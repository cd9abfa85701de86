namespace HuiShang.Evaluation.Domain;

public enum TrackingStatus
{
    /// <summary>Signed; items are being carried out.</summary>
    Open,

    /// <summary>Every agreed item was done and accepted by the coordinating division.</summary>
    Fulfilled,
}
