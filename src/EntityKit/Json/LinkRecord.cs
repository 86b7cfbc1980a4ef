using System.Text.Json.Serialization;

namespace EntityKit.Json;

/// <summary>An entity's link to a knowledge-base record in the JSON record (<see cref="EntityLink"/>):
/// <c>{"source":"geonames","id":"4314550","name":"Alexandria","lat":31.31129,"lon":-92.44514,"country":"US",
/// "fclass":"P","fcode":"PPLA2","population":47889,"score":9.3}</c>; only the members the link has are present.</summary>
/// <remarks>Immutable.</remarks>
public sealed record LinkRecord
{
    /// <summary>The knowledge base, such as <c>geonames</c>.</summary>
    [JsonPropertyName("source")]
    public required string Source { get; init; }

    /// <summary>The record's id in that knowledge base.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The record's name.</summary>
    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; init; }

    /// <summary>Latitude in degrees.</summary>
    [JsonPropertyName("lat")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Latitude { get; init; }

    /// <summary>Longitude in degrees.</summary>
    [JsonPropertyName("lon")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Longitude { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    [JsonPropertyName("country")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CountryCode { get; init; }

    /// <summary>GeoNames feature class (<c>P</c> populated place, <c>A</c> administrative area, …).</summary>
    [JsonPropertyName("fclass")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FeatureClass { get; init; }

    /// <summary>GeoNames feature code (<c>PPLC</c>, <c>ADM1</c>, …).</summary>
    [JsonPropertyName("fcode")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FeatureCode { get; init; }

    /// <summary>Population, when known.</summary>
    [JsonPropertyName("population")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Population { get; init; }

    /// <summary>The linker's score for this record (higher is better).</summary>
    [JsonPropertyName("score")]
    public required double Score { get; init; }
}
