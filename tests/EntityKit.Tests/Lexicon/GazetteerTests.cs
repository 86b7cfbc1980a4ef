using EntityKit.Tests.Fakes;
using EntityKit.Lexicon;

namespace EntityKit.Tests.Lexicon;

public sealed class GazetteerTests
{
    private const GazetteerCategories City = GazetteerCategories.City;
    private const GazetteerCategories Country = GazetteerCategories.Country;
    private const GazetteerCategories Region = GazetteerCategories.Region;
    private const GazetteerCategories UsState = GazetteerCategories.UsState;
    private const GazetteerCategories FirstName = GazetteerCategories.FirstName;

    private static readonly GazetteerEntry[] Entries =
    [
        new("York", City),
        new("New York", City | UsState),
        new("New York City", City),
        new("Georgia", Country),
        new("Georgia", UsState | FirstName),
        new("Bosnia and Herzegovina", Country),
        new("Papua New Guinea", Country),
        new("New Guinea", Region),
    ];

    private static (string Text, TokenInfo[] Tokens) Tokenize(string text) =>
        (text, WhitespaceTokenizer.TokenizeAndSplit(text).Tokens);

    private static GazetteerHits[] Annotate(Gazetteer gazetteer, string text, GazetteerMatchMode mode = GazetteerMatchMode.AllMatches)
    {
        var (t, tokens) = Tokenize(text);
        var hits = new GazetteerHits[tokens.Length];
        gazetteer.Annotate(t, tokens, hits, mode);
        return hits;
    }

    [Fact]
    public void Annotate_SingleTokenPhrase_MarksUnit()
    {
        var hits = Annotate(Gazetteer.Create(Entries), "I love Georgia .");

        Assert.True(hits[0].IsEmpty);
        Assert.True(hits[1].IsEmpty);
        Assert.Equal(Country | UsState | FirstName, hits[2].Unit);
        Assert.True(hits[3].IsEmpty);
    }

    [Fact]
    public void Annotate_ThreeTokenPhrase_MarksBeginInsideLast()
    {
        var hits = Annotate(Gazetteer.Create(Entries), "in Bosnia and Herzegovina today");

        Assert.Equal(Country, hits[1].Begin);
        Assert.Equal(Country, hits[2].Inside);
        Assert.Equal(Country, hits[3].Last);
        Assert.True(hits[0].IsEmpty);
        Assert.True(hits[4].IsEmpty);
        Assert.Equal(GazetteerCategories.None, hits[2].Begin | hits[2].Last | hits[2].Unit);
    }

    [Fact]
    public void Annotate_AllMatches_ReportsNestedAndOverlappingPhrases()
    {
        var hits = Annotate(Gazetteer.Create(Entries), "New York City");

        Assert.Equal(City | UsState, hits[0].Begin);             // New York, New York City
        Assert.Equal(City | UsState, hits[1].Last);              // New York ends here
        Assert.Equal(City, hits[1].Unit);                        // York
        Assert.Equal(City, hits[1].Inside);                      // inside New York City
        Assert.Equal(City, hits[2].Last);
    }

    [Fact]
    public void Annotate_LongestMatch_KeepsOnlyTheLongestPhraseAndSkipsPastIt()
    {
        var hits = Annotate(Gazetteer.Create(Entries), "New York City", GazetteerMatchMode.LongestMatch);

        Assert.Equal(City, hits[0].Begin);
        Assert.Equal(City, hits[1].Inside);
        Assert.Equal(GazetteerCategories.None, hits[1].Unit | hits[1].Last);
        Assert.Equal(City, hits[2].Last);
    }

    [Fact]
    public void Annotate_LongestMatch_DoesNotStartInsideAnEarlierMatch()
    {
        var hits = Annotate(Gazetteer.Create(Entries), "Papua New Guinea", GazetteerMatchMode.LongestMatch);

        Assert.Equal(Country, hits[0].Begin);
        Assert.Equal(Country, hits[1].Inside);
        Assert.Equal(Country, hits[2].Last);
        Assert.Equal(GazetteerCategories.None, hits[1].Begin);  // New Guinea not reported
    }

    [Fact]
    public void Annotate_AllMatches_ReportsPhraseStartingInsideAnother()
    {
        var hits = Annotate(Gazetteer.Create(Entries), "Papua New Guinea");

        Assert.Equal(Region, hits[1].Begin);
        Assert.Equal(Country | Region, hits[2].Last);
    }

    [Fact]
    public void Annotate_PrefixWithoutCompletion_MarksNothing()
    {
        var hits = Annotate(Gazetteer.Create(Entries), "Bosnia and Serbia");

        Assert.All(hits, h => Assert.True(h.IsEmpty));
    }

    public static TheoryData<bool, string, bool> CaseCases => new()
    {
        { false, "new york", false },
        { false, "New York", true },
        { false, "NEW YORK", false },
        { true, "new york", true },
        { true, "NEW YORK", true },
        { true, "nEw YoRk", true },
    };

    [Theory]
    [MemberData(nameof(CaseCases))]
    public void Annotate_CaseOption_ControlsCaseInsensitiveMatching(bool ignoreCase, string text, bool matches)
    {
        var hits = Annotate(Gazetteer.Create(Entries, ignoreCase), text);

        Assert.Equal(matches, (hits[0].Begin & UsState) != 0);
    }

    [Fact]
    public void Annotate_StringTokens_MatchesLikeTextTokens()
    {
        var gazetteer = Gazetteer.Create(Entries);
        string[] tokens = ["from", "New", "York", "City"];
        var hits = new GazetteerHits[4];

        gazetteer.Annotate(tokens, hits);

        Assert.Equal(Annotate(gazetteer, "from New York City"), hits);
    }

    [Fact]
    public void Annotate_OverwritesStaleHits()
    {
        var gazetteer = Gazetteer.Create(Entries);
        var (text, tokens) = Tokenize("the city");
        var hits = new GazetteerHits[] { new() { Unit = Country }, new() { Begin = City } };

        gazetteer.Annotate(text, tokens, hits);

        Assert.All(hits, h => Assert.True(h.IsEmpty));
    }

    [Fact]
    public void Annotate_TooSmallOutput_Throws()
    {
        var gazetteer = Gazetteer.Create(Entries);
        var (text, tokens) = Tokenize("New York");

        Assert.Throws<ArgumentException>(() => gazetteer.Annotate(text, tokens, new GazetteerHits[1]));
    }

    [Fact]
    public void Annotate_LongInput_UsesPooledBufferAndMatchesAtTheEnd()
    {
        var gazetteer = Gazetteer.Create(Entries);
        var text = string.Concat(Enumerable.Repeat("word ", 1000)) + "New York";

        var hits = Annotate(gazetteer, text);

        Assert.Equal(City | UsState, hits[1000].Begin);
        Assert.Equal(City | UsState, hits[1001].Last);
        Assert.All(hits.Take(1000), h => Assert.True(h.IsEmpty));
    }

    [Fact]
    public void Annotate_RepeatedCalls_AllocateNothing()
    {
        var gazetteer = Gazetteer.Create(Entries);
        var (text, tokens) = Tokenize("They flew from Papua New Guinea to New York City and Georgia .");
        var hits = new GazetteerHits[tokens.Length];
        gazetteer.Annotate(text, tokens, hits);
        var before = GC.GetAllocatedBytesForCurrentThread();

        for (var i = 0; i < 100; i++)
        {
            gazetteer.Annotate(text, tokens, hits);
            gazetteer.Annotate(text, tokens, hits, GazetteerMatchMode.LongestMatch);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void Create_RepeatedPhrase_MergesCategories()
    {
        var gazetteer = Gazetteer.Create(Entries);

        Assert.Equal(Country | UsState | FirstName, gazetteer.Lookup("Georgia"));
        Assert.Single(gazetteer.Entries, e => e.Phrase == "Georgia");
        Assert.Equal(3, gazetteer.MaxPhraseTokens);
    }

    [Fact]
    public void Lookup_PartialPhrase_ReturnsNone()
    {
        var gazetteer = Gazetteer.Create(Entries);

        Assert.Equal(GazetteerCategories.None, gazetteer.Lookup("Bosnia and"));
        Assert.Equal(Country, gazetteer.Lookup("Bosnia and Herzegovina"));
    }

    [Fact]
    public void Create_ExtraWhitespaceInPhrase_IsNormalised()
    {
        var gazetteer = Gazetteer.Create([new("  Sierra   Leone ", Country)]);

        Assert.Equal(Country, gazetteer.Lookup("Sierra Leone"));
    }

    [Fact]
    public void Create_PhraseWithoutCategory_Throws()
    {
        Assert.Throws<ArgumentException>(() => Gazetteer.Create([new("Chad", GazetteerCategories.None)]));
    }

    [Fact]
    public void SaveThenLoad_RoundTrip_KeepsEntriesAndIsDeterministic()
    {
        var original = Gazetteer.Create(Entries);
        using var stream = new MemoryStream();
        original.Save(stream);
        stream.Position = 0;

        var loaded = Gazetteer.Load(stream, ignoreCase: true);
        using var again = new MemoryStream();
        Gazetteer.Create(Entries.Reverse()).Save(again);

        Assert.Equal(original.Entries, loaded.Entries);
        Assert.True(loaded.IgnoreCase);
        Assert.Equal(stream.ToArray(), again.ToArray());
    }

    [Fact]
    public void Load_SeveralStreams_MergesTheirEntries()
    {
        using var places = new MemoryStream();
        using var names = new MemoryStream();
        Gazetteer.Create([new("Georgia", Country), new("New York", City)]).Save(places);
        Gazetteer.Create([new("Georgia", FirstName)]).Save(names);
        places.Position = 0;
        names.Position = 0;

        var merged = Gazetteer.Load([places, names]);

        Assert.Equal(Country | FirstName, merged.Lookup("Georgia"));
        Assert.Equal(City, merged.Lookup("New York"));
    }

    [Fact]
    public void Load_NotAGazetteer_ThrowsInvalidData()
    {
        Assert.Throws<InvalidDataException>(() => Gazetteer.Load(new MemoryStream("EKWC\u0001\0\0\0"u8.ToArray())));
        Assert.Throws<InvalidDataException>(() => Gazetteer.Load(new MemoryStream([1, 2])));
    }

    [Fact]
    public void CategoryNames_FormatThenParse_RoundTrips()
    {
        var all = GazetteerCategoryNames.All.Aggregate(GazetteerCategories.None, (acc, c) => acc | c.Category);

        Assert.Equal(all, GazetteerCategoryNames.Parse(GazetteerCategoryNames.Format(all)));
        Assert.Equal("COUNTRY,US_STATE", GazetteerCategoryNames.Format(Country | UsState));
        Assert.Throws<FormatException>(() => GazetteerCategoryNames.Parse("COUNTRY,PLANET"));
    }
}
