using EntityKit.Lexicon;

namespace EntityKit.Tests.Lexicon;

/// <summary>The one marking rule for phrase hits (BILOU over the phrase's tokens), also for a phrase that runs past
/// the marked range.</summary>
public sealed class GazetteerHitsTests
{
    private const GazetteerCategories City = GazetteerCategories.Location;

    [Theory]
    [InlineData(2, 2, "- - U - -")]
    [InlineData(1, 3, "- B I L -")]
    [InlineData(0, 1, "B L - - -")]
    [InlineData(-2, 1, "I L - - -")]
    [InlineData(3, 6, "- - - B I")]
    [InlineData(-1, 5, "I I I I I")]
    [InlineData(-3, -1, "- - - - -")]
    [InlineData(5, 5, "- - - - -")]
    public void Mark_PhraseOverTokens_MarksOnlyTheTokensInsideTheRangeAsInTheWholeSentence(int first, int last, string expected)
    {
        var hits = new GazetteerHits[5];

        GazetteerHits.Mark(hits, first, last, City);

        Assert.Equal(expected, string.Join(' ', hits.Select(Describe)));
    }

    private static string Describe(GazetteerHits hits) =>
        hits.Begin == City ? "B" : hits.Inside == City ? "I" : hits.Last == City ? "L" : hits.Unit == City ? "U" : hits.IsEmpty ? "-" : "?";
}
