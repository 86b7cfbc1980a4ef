namespace EntityKit;

/// <summary>
/// The type of an entity mention: one of the 18 OntoNotes 5.0 labels as well-known values, or a user-defined type
/// such as <c>TICKER</c>.
/// </summary>
/// <remarks>
/// An immutable value type compared by its upper-case <see cref="Name"/>. The default value has a null name and is
/// not a valid type (<see cref="IsDefault"/>). Thread-safe.
/// </remarks>
public readonly struct EntityType : IEquatable<EntityType>, IComparable<EntityType>
{
    private readonly string? _name;

    private EntityType(string name) => _name = name;

    /// <summary>People, including fictional.</summary>
    public static EntityType Person { get; } = new("PERSON");
    /// <summary>Nationalities or religious or political groups.</summary>
    public static EntityType Norp { get; } = new("NORP");
    /// <summary>Buildings, airports, highways, bridges and other facilities.</summary>
    public static EntityType Facility { get; } = new("FAC");
    /// <summary>Companies, agencies, institutions and other organisations.</summary>
    public static EntityType Organization { get; } = new("ORG");
    /// <summary>Geo-political entities: countries, cities, states.</summary>
    public static EntityType Gpe { get; } = new("GPE");
    /// <summary>Non-GPE locations: mountain ranges, bodies of water, regions.</summary>
    public static EntityType Location { get; } = new("LOC");
    /// <summary>Objects, vehicles, foods and other products (not services).</summary>
    public static EntityType Product { get; } = new("PRODUCT");
    /// <summary>Named hurricanes, battles, wars, sports events.</summary>
    public static EntityType Event { get; } = new("EVENT");
    /// <summary>Titles of books, songs and other works.</summary>
    public static EntityType WorkOfArt { get; } = new("WORK_OF_ART");
    /// <summary>Named documents made into laws.</summary>
    public static EntityType Law { get; } = new("LAW");
    /// <summary>Any named language.</summary>
    public static EntityType Language { get; } = new("LANGUAGE");
    /// <summary>Absolute or relative dates or periods.</summary>
    public static EntityType Date { get; } = new("DATE");
    /// <summary>Times smaller than a day.</summary>
    public static EntityType Time { get; } = new("TIME");
    /// <summary>Percentages, including the % sign.</summary>
    public static EntityType Percent { get; } = new("PERCENT");
    /// <summary>Monetary values, including the unit.</summary>
    public static EntityType Money { get; } = new("MONEY");
    /// <summary>Measurements, as of weight or distance.</summary>
    public static EntityType Quantity { get; } = new("QUANTITY");
    /// <summary>"first", "second" and other ordinals.</summary>
    public static EntityType Ordinal { get; } = new("ORDINAL");
    /// <summary>Numerals that do not fall under another type.</summary>
    public static EntityType Cardinal { get; } = new("CARDINAL");

    /// <summary>The 18 OntoNotes types, in the canonical order used by models and reports.</summary>
    public static IReadOnlyList<EntityType> OntoNotes { get; } =
    [
        Person, Norp, Facility, Organization, Gpe, Location, Product, Event, WorkOfArt, Law, Language,
        Date, Time, Percent, Money, Quantity, Ordinal, Cardinal,
    ];

    /// <summary>The upper-case label, for example <c>PERSON</c> or <c>GPE</c>.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>True for <c>default(EntityType)</c>, which names no type.</summary>
    public bool IsDefault => _name is null;

    /// <summary>True when this is one of the 18 OntoNotes labels.</summary>
    public bool IsOntoNotes => _name is not null && TryGetOntoNotesIndex(_name, out _);

    /// <summary>
    /// Returns the type with the given label. OntoNotes labels return the well-known instances; any other label made
    /// of letters, digits and underscores defines a user type.
    /// </summary>
    /// <param name="name">The label, case-insensitive (stored upper-case).</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or has characters other than ASCII
    /// letters, digits, '_' and '-'.</exception>
    public static EntityType FromName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (TryParse(name, out var type))
        {
            return type;
        }

        throw new ArgumentException(
            $"'{name}' is not a valid entity type name: use ASCII letters, digits, '_' or '-' (for example PERSON or TICKER).",
            nameof(name));
    }

    /// <summary>Parses a label without throwing; see <see cref="FromName(string)"/>.</summary>
    /// <param name="name">The label, case-insensitive.</param>
    /// <param name="type">The parsed type, or default.</param>
    /// <returns>True when <paramref name="name"/> is a valid label.</returns>
    public static bool TryParse(string? name, out EntityType type)
    {
        type = default;
        if (string.IsNullOrEmpty(name) || name.Length > 64)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_' || c == '-'))
            {
                return false;
            }
        }

        var upper = name.ToUpperInvariant();
        type = TryGetOntoNotesIndex(upper, out var index) ? OntoNotes[index] : new EntityType(upper);
        return true;
    }

    /// <summary>Maps this type to a coarse category for users who want fewer types.</summary>
    /// <returns>The coarse category; user-defined types map to <see cref="CoarseEntityType.Misc"/>.</returns>
    public CoarseEntityType ToCoarse() => _name switch
    {
        "PERSON" => CoarseEntityType.Person,
        "ORG" => CoarseEntityType.Organization,
        "GPE" or "LOC" or "FAC" => CoarseEntityType.Location,
        "DATE" or "TIME" => CoarseEntityType.Temporal,
        "PERCENT" or "MONEY" or "QUANTITY" or "ORDINAL" or "CARDINAL" => CoarseEntityType.Numeric,
        _ => CoarseEntityType.Misc,
    };

    private static bool TryGetOntoNotesIndex(string upperName, out int index)
    {
        index = upperName switch
        {
            "PERSON" => 0, "NORP" => 1, "FAC" => 2, "ORG" => 3, "GPE" => 4, "LOC" => 5, "PRODUCT" => 6,
            "EVENT" => 7, "WORK_OF_ART" => 8, "LAW" => 9, "LANGUAGE" => 10, "DATE" => 11, "TIME" => 12,
            "PERCENT" => 13, "MONEY" => 14, "QUANTITY" => 15, "ORDINAL" => 16, "CARDINAL" => 17,
            _ => -1,
        };
        return index >= 0;
    }

    /// <inheritdoc/>
    public bool Equals(EntityType other) => string.Equals(_name, other._name, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EntityType other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _name is null ? 0 : StringComparer.Ordinal.GetHashCode(_name);

    /// <inheritdoc/>
    public int CompareTo(EntityType other) => string.CompareOrdinal(_name, other._name);

    /// <summary>The label, for example <c>PERSON</c>.</summary>
    public override string ToString() => Name;

    /// <summary>Compares two types by label.</summary>
    public static bool operator ==(EntityType left, EntityType right) => left.Equals(right);

    /// <summary>Compares two types by label.</summary>
    public static bool operator !=(EntityType left, EntityType right) => !left.Equals(right);
}

/// <summary>Coarse entity categories, from <see cref="EntityType.ToCoarse"/>.</summary>
public enum CoarseEntityType
{
    /// <summary>PERSON.</summary>
    Person,
    /// <summary>ORG.</summary>
    Organization,
    /// <summary>GPE, LOC and FAC.</summary>
    Location,
    /// <summary>NORP, PRODUCT, EVENT, WORK_OF_ART, LAW, LANGUAGE and user-defined types.</summary>
    Misc,
    /// <summary>PERCENT, MONEY, QUANTITY, ORDINAL and CARDINAL.</summary>
    Numeric,
    /// <summary>DATE and TIME.</summary>
    Temporal,
}
