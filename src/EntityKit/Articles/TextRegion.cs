namespace EntityKit;

/// <summary>
/// A region of an article's text with a kind, as a half-open range <c>[Start, End)</c> of UTF-16 code units into
/// <see cref="ArticleAnalysis.Text"/>. Used for boilerplate (site chrome) found in the text.
/// </summary>
/// <remarks>An immutable value type.</remarks>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Kind">What the region is.</param>
public readonly record struct TextRegion(int Start, int End, BoilerplateKind Kind)
{
    /// <summary>Number of UTF-16 code units covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the region shares at least one character with <c>[start, end)</c>.</summary>
    /// <param name="start">Start of the other range.</param>
    /// <param name="end">End of the other range (exclusive).</param>
    public bool Overlaps(int start, int end) => start < End && Start < end;

    /// <summary>The region's characters in <paramref name="text"/>, which must be the text it was found in.</summary>
    /// <param name="text">The article's text.</param>
    public ReadOnlySpan<char> GetText(ReadOnlySpan<char> text) => text.Slice(Start, Length);
}

/// <summary>What a boilerplate region of an article is.</summary>
public enum BoilerplateKind
{
    /// <summary>Navigation: "Live updates: …", "Read more", "Share on …", "Skip to content", lists of section links.</summary>
    Navigation = 0,
    /// <summary>Promotion: "Subscribe", "Sign up", "Newsletter", "Advertisement", "Download the app".</summary>
    Promotion,
    /// <summary>Legal notices: copyright (©), "All rights reserved", cookie and privacy notices.</summary>
    Legal,
    /// <summary>Contact details of the site: a postal address, postcode line, telephone or e-mail line.</summary>
    Contact,
    /// <summary>A language switcher, such as <c>en_USEnglish</c>.</summary>
    LanguageSwitcher,
    /// <summary>A picture's caption or credit: "Credit...", "Image copyright Getty Images", "Image 1 of 23".</summary>
    Caption,
    /// <summary>A byline or date stamp: "By Jane Doe", "Published 10:02 AM EST Nov 19, 2019", "View author archive".</summary>
    Byline,
}
