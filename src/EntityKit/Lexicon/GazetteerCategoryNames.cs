using System.Text;

namespace EntityKit.Lexicon;

/// <summary>The stable upper-case names of <see cref="GazetteerCategories"/> used in gazetteer files (<c>COUNTRY</c>, <c>FIRST_NAME</c>…).</summary>
public static class GazetteerCategoryNames
{
    private static readonly (GazetteerCategories Category, string Name)[] Table =
    [
        (GazetteerCategories.Country, "COUNTRY"),
        (GazetteerCategories.CountryCode, "COUNTRY_CODE"),
        (GazetteerCategories.Capital, "CAPITAL"),
        (GazetteerCategories.City, "CITY"),
        (GazetteerCategories.Region, "REGION"),
        (GazetteerCategories.UsState, "US_STATE"),
        (GazetteerCategories.Continent, "CONTINENT"),
        (GazetteerCategories.Demonym, "DEMONYM"),
        (GazetteerCategories.Language, "LANGUAGE"),
        (GazetteerCategories.Currency, "CURRENCY"),
        (GazetteerCategories.FirstName, "FIRST_NAME"),
        (GazetteerCategories.Surname, "SURNAME"),
        (GazetteerCategories.Company, "COMPANY"),
        (GazetteerCategories.CompanySuffix, "COMPANY_SUFFIX"),
        (GazetteerCategories.Person, "PERSON"),
        (GazetteerCategories.Organization, "ORGANIZATION"),
        (GazetteerCategories.Location, "LOCATION"),
        (GazetteerCategories.Event, "EVENT"),
        (GazetteerCategories.Work, "WORK"),
        (GazetteerCategories.Group, "GROUP"),
    ];

    /// <summary>Every single category with its name, in bit order.</summary>
    public static IReadOnlyList<(GazetteerCategories Category, string Name)> All => Table;

    /// <summary>Formats categories as their names joined by commas, e.g. <c>COUNTRY,US_STATE</c>.</summary>
    /// <param name="categories">The categories.</param>
    public static string Format(GazetteerCategories categories)
    {
        var builder = new StringBuilder();
        foreach (var (category, name) in Table)
        {
            if ((categories & category) != 0)
            {
                if (builder.Length > 0)
                {
                    builder.Append(',');
                }

                builder.Append(name);
            }
        }

        return builder.ToString();
    }

    /// <summary>Parses comma-separated category names as written by <see cref="Format"/>.</summary>
    /// <param name="names">The names, e.g. <c>COUNTRY,US_STATE</c>.</param>
    /// <exception cref="FormatException">A name is unknown.</exception>
    public static GazetteerCategories Parse(ReadOnlySpan<char> names)
    {
        var result = GazetteerCategories.None;
        foreach (var range in names.Split(','))
        {
            var name = names[range].Trim();
            if (name.IsEmpty)
            {
                continue;
            }

            var found = false;
            foreach (var (category, known) in Table)
            {
                if (name.SequenceEqual(known))
                {
                    result |= category;
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                throw new FormatException($"Unknown gazetteer category '{name}'.");
            }
        }

        return result;
    }
}
