namespace HuiShang.Proposals.Domain;

public enum CallStatus
{
    Open,
    Selected,
}
