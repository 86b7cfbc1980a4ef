namespace EntityKit.Lexicon;

/// <summary>
/// What kind of name a gazetteer phrase is. A flags enum: one phrase can belong to several lists
/// (<c>Georgia</c> is a country, a US state and a first name).
/// </summary>
[Flags]
public enum GazetteerCategories : uint
{
    /// <summary>In no list.</summary>
    None = 0,
    /// <summary>A country or territory name, official or common, or an alternative spelling (GPE).</summary>
    Country = 1u << 0,
    /// <summary>A country code such as <c>USA</c> or <c>UK</c>.</summary>
    CountryCode = 1u << 1,
    /// <summary>A capital city.</summary>
    Capital = 1u << 2,
    /// <summary>A city or town (GPE).</summary>
    City = 1u << 3,
    /// <summary>A state, province or other first-level subdivision of a country (GPE).</summary>
    Region = 1u << 4,
    /// <summary>A US state.</summary>
    UsState = 1u << 5,
    /// <summary>A continent or world region such as <c>Europe</c> or <c>Middle East</c> (LOC).</summary>
    Continent = 1u << 6,
    /// <summary>A demonym or nationality adjective such as <c>French</c> or <c>Nigerian</c> (NORP).</summary>
    Demonym = 1u << 7,
    /// <summary>A language name (LANGUAGE).</summary>
    Language = 1u << 8,
    /// <summary>A currency name or code such as <c>euro</c> or <c>USD</c> (MONEY).</summary>
    Currency = 1u << 9,
    /// <summary>A given name (PERSON).</summary>
    FirstName = 1u << 10,
    /// <summary>A family name (PERSON).</summary>
    Surname = 1u << 11,
    /// <summary>A company or brand name (ORG).</summary>
    Company = 1u << 12,
    /// <summary>A legal-form word that ends company names such as <c>Inc</c> or <c>GmbH</c> (ORG).</summary>
    CompanySuffix = 1u << 13,
    /// <summary>A named person from a lexical database (PERSON).</summary>
    Person = 1u << 14,
    /// <summary>A named organization from a lexical database (ORG).</summary>
    Organization = 1u << 15,
    /// <summary>A named geographic place from a lexical database: a river, mountain, region or settlement (LOC/GPE/FAC).</summary>
    Location = 1u << 16,
    /// <summary>A named event such as a war or battle (EVENT).</summary>
    Event = 1u << 17,
    /// <summary>A named work, book or religious text (WORK_OF_ART).</summary>
    Work = 1u << 18,
    /// <summary>A religion, political movement or ethnic or religious group (NORP).</summary>
    Group = 1u << 19,
}
