namespace HuiShang.Gateway.Agreements;

/// <summary>HB-16(三): one government's approval (side province | city) of a version.</summary>
public sealed record ApprovalResponse(string Side, int Version, string? By, DateTimeOffset? At);

/// <summary>HB-16(三): the city government's formal document (正式行文).</summary>
public sealed record FormalDocumentResponse(string DocumentNumber, DateOnly? IssuedOn, string? RecordedBy, DateTimeOffset? RecordedAt);

/// <summary>GX-17 / HB-16(四): the meeting; <c>at</c> is local time in the jurisdiction (yyyy-MM-ddTHH:mm).</summary>
public sealed record MeetingResponse(
    string At,
    string? Place,
    IReadOnlyList<string> Participants,
    IReadOnlyList<string> Agenda,
    IReadOnlyList<string> Materials,
    string? ScheduledBy,
    DateTimeOffset? ScheduledAt);

/// <summary>A signature (side province | city) on the approved version.</summary>
public sealed record SignatureResponse(string Side, string? By, string? Name, DateTimeOffset? At);

/// <summary>HB-15: the renewal decision at expiry.</summary>
public sealed record RenewalResponse(bool Renew, string? Note, string? By, DateTimeOffset? At);
