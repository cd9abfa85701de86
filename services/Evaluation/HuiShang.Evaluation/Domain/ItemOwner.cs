namespace HuiShang.Evaluation.Domain;

/// <summary>Who acts on an item: the city bureau (city items) or one business division (the province items assigned to it).</summary>
public sealed record ItemOwner(string Side, string Division = "")
{
    public static ItemOwner City { get; } = new(Sides.City);

    public static ItemOwner ProvinceDivision(string division) => new(Sides.Province, division);

    public bool Owns(Obligation item) =>
        item.OwnerSide == Side && (Side == Sides.City || (Division.Length > 0 && item.Division == Division));
}
