namespace HuiShang.Agreements.Domain;

public enum CommentRoundStatus
{
    /// <summary>Some divisions have not answered.</summary>
    Open,

    /// <summary>Every division answered; some comments are not resolved yet.</summary>
    Answered,

    /// <summary>Every division answered and every comment is resolved.</summary>
    Resolved,
}
