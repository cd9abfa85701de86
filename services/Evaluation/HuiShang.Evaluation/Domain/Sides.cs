namespace HuiShang.Evaluation.Domain;

/// <summary>The two governments of a consultation, as AgreementSigned names an item's owner.</summary>
public static class Sides
{
    public const string Province = "province";
    public const string City = "city";
}
