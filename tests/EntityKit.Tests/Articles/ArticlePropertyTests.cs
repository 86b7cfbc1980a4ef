using EntityKit.Articles;
using EntityKit.Resolution;
using EntityKit.Tests.Text;
using FsCheck.Xunit;

namespace EntityKit.Tests.Articles;

/// <summary>Boilerplate detection and resolution on arbitrary text: ordered, well-formed output and no exceptions.</summary>
public sealed class ArticlePropertyTests
{
    private static readonly string[] ChromeLines =
    [
        "Physical Address", "304 North Cardinal St.", "Dorchester Center, MA 02124", "Live updates: x", "en_USEnglish",
        "Home", "World", "Home | World | Sport", "© 2024 X", "Advertisement",
    ];

    [Property(Arbitrary = [typeof(StressText)], MaxTest = 300, Replay = "(20261124,7101)")]
    public void Detect_AnyText_RegionsAreOrderedNonEmptyTrimmedAndInside(StressText input)
    {
        var text = input.Value + "\n" + string.Join("\n", ChromeLines.Take(input.Value.Length % ChromeLines.Length)) + "\n" + input.Value;
        var previousEnd = 0;
        foreach (var region in BoilerplateDetector.Default.Detect(text))
        {
            Assert.True(region.Start >= previousEnd && region.End > region.Start && region.End <= text.Length);
            Assert.False(char.IsWhiteSpace(text[region.Start]) || char.IsWhiteSpace(text[region.End - 1]));
            Assert.True(region.GetText(text).IndexOfAny('\n', '\r') < 0, "a region is one line");
            previousEnd = region.End;
        }
    }

    [Property(Arbitrary = [typeof(StressText)], MaxTest = 200, Replay = "(20261124,7103)")]
    public void Analyze_AnyText_EveryMentionInExactlyOneEntityAndNoneInBoilerplate(StressText input)
    {
        var text = "Physical Address\n" + input.Value + "\nLive updates: Iraq\n" + input.Value;
        var analyzer = ArticleAnalyzer.CreateBuilder()
            .AddRecognizer(new Fakes.WordListRecognizer("names", EntityType.Person, "Iraq", "US", "Mr", "a", "x", "Address"))
            .Build();

        var analysis = analyzer.Analyze(new Article("p", text));

        Assert.All(analysis.Mentions, m => Assert.False(analysis.IsInBoilerplate(m.Start, m.End)));
        Assert.Equal(Enumerable.Range(0, analysis.Mentions.Length), analysis.Entities.SelectMany(e => e.MentionIndexes).Order());
        Assert.All(analysis.Entities, e => Assert.InRange(e.Salience, 0, 1));
    }
}
