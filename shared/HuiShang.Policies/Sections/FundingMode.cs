namespace HuiShang.Policies.Sections;

public enum FundingMode
{
    /// <summary>揭榜制: open call for solvers.</summary>
    OpenCall,

    /// <summary>定向制: directed commission.</summary>
    Directed,

    /// <summary>包干制: lump-sum funding (a pilot in GY-9).</summary>
    LumpSum,
}
