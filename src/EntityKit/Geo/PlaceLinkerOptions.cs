namespace EntityKit.Geo;

/// <summary>Options of a <see cref="PlaceLinker"/>.</summary>
/// <remarks>Immutable.</remarks>
public sealed record PlaceLinkerOptions
{
    /// <summary>The defaults: publisher country from the article URL's country-code domain, NORP linked.</summary>
    public static PlaceLinkerOptions Default { get; } = new();

    /// <summary>
    /// The ISO 3166-1 alpha-2 code of the publisher's country, used as a weak prior ("Alexandria" in a US paper);
    /// null (the default) takes it from the article URL's country-code domain (<c>.co.uk</c> is GB) when there is one.
    /// </summary>
    public string? PublisherCountry { get; init; }

    /// <summary>When true (the default), NORP entities whose name is a demonym ("Iraqi", "Americans") link to their
    /// country.</summary>
    public bool LinkNationalities { get; init; } = true;

    /// <summary>When true (the default), FAC entities are linked when their name is a gazetteer place; the
    /// gazetteer holds towns, divisions and countries, not buildings, so most facilities stay unlinked.</summary>
    public bool LinkFacilities { get; init; } = true;
}
