namespace HuiShang.Funding.Domain;

/// <summary>A joint project's life (XJ-3.3, GY-9): registered, approved, carried out, checked, accepted or terminated.</summary>
public enum ProjectStatus
{
    Applied,
    Approved,
    Implementation,
    MidTermCheck,
    Accepted,
    Terminated,
}
