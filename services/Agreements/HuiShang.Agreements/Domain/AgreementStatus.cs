namespace HuiShang.Agreements.Domain;

/// <summary>Where an agreement stands; derived from the current approval step (see Agreement.DeriveStatus).</summary>
public enum AgreementStatus
{
    Drafting,
    InComments,
    AwaitingDirectorReview,
    AwaitingCityReview,
    AwaitingApproval,
    AwaitingFormalDocument,
    ReadyToSign,
    Signed,
}
