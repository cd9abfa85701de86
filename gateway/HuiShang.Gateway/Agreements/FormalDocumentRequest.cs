using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace HuiShang.Gateway.Agreements;

/// <summary>api.md POST /api/agreements/{id}/formal-document: HB-16(三) the city government's formal document (正式行文).</summary>
public sealed record FormalDocumentRequest
{
    [Required, Description("The document number, e.g. 石政函〔2026〕12号.")]
    public string? DocumentNumber { get; init; }

    [Required, Description("The day the document was issued, yyyy-MM-dd.")]
    public DateOnly? IssuedOn { get; init; }

    public FieldErrors Validate() => new();
}
