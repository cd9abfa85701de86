namespace HuiShang.Policies.Sections;

public enum ApprovalStep
{
    /// <summary>Business divisions return written comments (GX-15, HB-16(二)).</summary>
    DivisionComments,

    /// <summary>厅长办公会 reviews (GX-16, HB-16(二)).</summary>
    DirectorsOfficeMeeting,

    /// <summary>Lower-party leaders review; an objection restarts drafting (HB-16(二)).</summary>
    LowerLeadersReview,

    /// <summary>Both governments approve (HB-16(三)).</summary>
    BothApprove,

    /// <summary>The lower government sends a formal document (HB-16(三) 正式行文).</summary>
    FormalDocument,

    /// <summary>Director and lower principal leader sign (GX-17(三), HB-16(四)).</summary>
    Signing,
}
