using System.Text.Json;
using System.Text.Json.Serialization;

namespace HuiShang.Policies.Loading;

/// <summary>Strict reading: unknown fields, missing fields, nulls where not allowed and wrong types all fail.</summary>
internal static class PolicyJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };
}
