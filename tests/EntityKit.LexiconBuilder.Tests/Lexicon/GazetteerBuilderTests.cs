using EntityKit.Lexicon;
using EntityKit.Training.Lexicon;

namespace EntityKit.Tests.Lexicon.Training;

public sealed class GazetteerBuilderTests
{
    private static readonly GazetteerBuilder Builder = new(new HashSet<string> { "nice", "reading", "index", "president", "new", "catholic" }, TokenStringSplitters.English());

    private static GazetteerEntry E(string phrase, GazetteerCategories categories) => new(phrase, categories);

    private static Dictionary<string, GazetteerCategories> Build(params GazetteerEntry[] raw) =>
        Builder.Build(raw, out _).ToDictionary(e => e.Phrase, e => e.Categories);

    [Fact]
    public void Build_PhraseWithPunctuation_IsTokenisedLikeText()
    {
        var built = Build(E("Guinea-Bissau", GazetteerCategories.Country), E("Washington, D.C.", GazetteerCategories.City));

        Assert.Equal(GazetteerCategories.Country, built["Guinea - Bissau"]);
        Assert.Equal(GazetteerCategories.City, built["Washington , D.C."]);
    }

    [Fact]
    public void Build_SingleWordCityThatIsACommonWord_IsDropped()
    {
        var built = Build(E("Nice", GazetteerCategories.City), E("Reading", GazetteerCategories.City), E("Lyon", GazetteerCategories.City), E("New Reading", GazetteerCategories.City));

        Assert.Equal(["Lyon", "New Reading"], built.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Build_CommonWordWithOtherCategory_KeepsTheOtherCategory()
    {
        var built = Build(E("Nice", GazetteerCategories.City | GazetteerCategories.FirstName));

        Assert.Equal(GazetteerCategories.FirstName, built["Nice"]);
    }

    [Fact]
    public void Build_CompanyWordThatIsAlsoACountryOrLowerCase_IsDropped()
    {
        var built = Build(
            E("India", GazetteerCategories.Company),
            E("India", GazetteerCategories.Country),
            E("Infosys", GazetteerCategories.Company),
            E("and", GazetteerCategories.Company),
            E("Index", GazetteerCategories.Company));

        Assert.Equal(GazetteerCategories.Country, built["India"]);
        Assert.Equal(GazetteerCategories.Company, built["Infosys"]);
        Assert.False(built.ContainsKey("and"));
        Assert.False(built.ContainsKey("Index"));
    }

    [Fact]
    public void Build_GroupWords_KeepNationalityLikeCommonWordsOnly()
    {
        var built = Build(E("President", GazetteerCategories.Group), E("New", GazetteerCategories.Group), E("Catholic", GazetteerCategories.Group), E("Trotskyite", GazetteerCategories.Group));

        Assert.Equal(["Catholic", "Trotskyite"], built.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Build_SamePhraseFromTwoSources_MergesCategories()
    {
        var built = Build(E("Georgia", GazetteerCategories.Country), E("Georgia", GazetteerCategories.UsState));

        Assert.Equal(GazetteerCategories.Country | GazetteerCategories.UsState, built["Georgia"]);
    }

    [Fact]
    public void Build_TooLongOrLetterlessPhrase_IsDropped()
    {
        var entries = Builder.Build([E("a b c d e f g h i", GazetteerCategories.Work), E("1234", GazetteerCategories.City)], out var dropped);

        Assert.Empty(entries);
        Assert.Equal(2, dropped);
    }
}
