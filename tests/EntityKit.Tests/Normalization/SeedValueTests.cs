using EntityKit.Tests.Articles;
using EntityKit.Tests.Fakes;

namespace EntityKit.Tests.Normalization;

/// <summary>
/// The seed article published on Wednesday 2024-01-24, through the analyzer with its hand-annotated spans: every DATE
/// and TIME gets the value a reader would give it, and the CARDINALs their numbers.
/// </summary>
public sealed class SeedValueTests
{
    private static readonly Lazy<ArticleAnalysis> Analysis = new(() => ArticleAnalyzer.CreateBuilder()
        .AddRecognizer(new CharacterSpanRecognizer([.. SeedArticle.Expected.Mentions.Select(m => (m.Start, m.End, m.Type))]))
        .Build()
        .Analyze(new Article("seed", SeedArticle.Text) { Published = new DateTimeOffset(2024, 1, 24, 9, 30, 0, TimeSpan.Zero) }));

    [Fact]
    public void Analyze_SeedPublished20240124_EveryDateAndTimeResolved()
    {
        var times = Analysis.Value.Mentions.Where(m => m.Type == EntityType.Date || m.Type == EntityType.Time).ToList();

        Assert.Equal(SeedArticle.Expected.Mentions.Count(m => m.Type == EntityType.Date || m.Type == EntityType.Time), times.Count);
        Assert.All(times, m => Assert.NotNull(m.Value));
    }

    [Fact]
    public void Analyze_SeedPublished20240124_DatesHaveTheirReadersValues()
    {
        var values = Analysis.Value.Mentions
            .Where(m => m.Type == EntityType.Date || m.Type == EntityType.Time)
            .Select(m => (m.Text, m.Value!.Timex, m.Value.Modifier))
            .ToList();

        Assert.Equal(
            [
                ("Wednesday", "2024-01-24", null),
                ("years", "PXY", null),
                ("days", "PXD", null),
                ("early October", "2023-10", "START"),
                ("year-long", "P1Y", null),
                ("Wednesday", "2024-01-24", null),
                ("12.15am", "2024-01-24T00:15", null),
                ("Wednesday", "2024-01-24", null),
            ],
            values);
    }

    [Fact]
    public void Analyze_SeedPublished20240124_CardinalsAreNumbers() =>
        Assert.All(
            Analysis.Value.Mentions.Where(m => m.Type == EntityType.Cardinal),
            m => Assert.Equal((MentionValueKind.Number, 2m), (m.Value!.Kind, m.Value.Number!.Value)));

    [Fact]
    public void Analyze_SeedWithoutPublicationDate_RelativeDatesStayUnresolved()
    {
        var analysis = ArticleAnalyzer.CreateBuilder()
            .AddRecognizer(new CharacterSpanRecognizer([.. SeedArticle.Expected.Mentions.Select(m => (m.Start, m.End, m.Type))]))
            .Build()
            .Analyze(new Article("seed", SeedArticle.Text));

        var wednesday = analysis.Mentions.First(m => m.Text == "Wednesday");
        var years = analysis.Mentions.First(m => m.Text == "years");
        Assert.Null(wednesday.Value);
        Assert.Equal("PXY", years.Value?.Timex);
    }

    [Fact]
    public void Analyze_ResolveValuesOff_LeavesValuesNull()
    {
        var analysis = ArticleAnalyzer.CreateBuilder()
            .WithOptions(new AnalyzerOptions { ResolveValues = false })
            .AddRecognizer(new CharacterSpanRecognizer([.. SeedArticle.Expected.Mentions.Select(m => (m.Start, m.End, m.Type))]))
            .Build()
            .Analyze(new Article("seed", SeedArticle.Text) { Published = new DateTimeOffset(2024, 1, 24, 9, 30, 0, TimeSpan.Zero) });

        Assert.All(analysis.Mentions, m => Assert.Null(m.Value));
    }
}
