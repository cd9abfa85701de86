namespace HuiShang.Policies.Sections;

public enum AcceptanceMode
{
    /// <summary>Ordinary final acceptance (结题验收).</summary>
    Standard,

    /// <summary>审核验收: review-based acceptance (a pilot in GY-9).</summary>
    Review,

    /// <summary>自主验收: self acceptance (a pilot in GY-9).</summary>
    Self,
}
