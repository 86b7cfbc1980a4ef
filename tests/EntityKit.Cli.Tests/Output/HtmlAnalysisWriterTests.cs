using EntityKit.Input;
using System.Collections.Immutable;
using System.Net;
using System.Text.RegularExpressions;
using EntityKit.Cli.Output.Html;
using EntityKit.Cli.Tests.TestSupport;

namespace EntityKit.Cli.Tests.Output;

public sealed partial class HtmlAnalysisWriterTests
{
    private const string Text = "Menu | News | Sport\nAnna Verhoeven <b>met</b> Paris & Co.";

    /// <summary>A hand-built analysis: one boilerplate line, a PERSON at 0.93 and a low-confidence ORG.</summary>
    private static ArticleAnalysis Analysis()
    {
        var anna = Text.IndexOf("Anna Verhoeven", StringComparison.Ordinal);
        var paris = Text.IndexOf("Paris & Co.", StringComparison.Ordinal);
        ImmutableArray<EntityMention> mentions =
        [
            new(anna, anna + 14, "Anna Verhoeven", EntityType.Person, 0.93, 0, 2),
            new(paris, paris + 11, "Paris & Co.", EntityType.Organization, 0.31, 0, 1),
        ];
        ImmutableArray<Entity> entities =
        [
            new("Anna Verhoeven", EntityType.Person, ["Verhoeven"], [0], 0.7, ["captain"]),
            new("Paris & Co.", EntityType.Organization, [], [1], 0.2),
        ];
        return new ArticleAnalysis("a<1>", Text, [], [], mentions, entities, [new TextRegion(0, 19, BoilerplateKind.Navigation)]);
    }

    private static string Render(params ArticleAnalysis[] analyses)
    {
        var output = new StringWriter();
        using (var writer = new HtmlAnalysisWriter(output))
        {
            foreach (var analysis in analyses)
            {
                writer.Write(new ArticleInputResult(ArticleInput.FromArticle(new Article(analysis.Id, analysis.Text), "test", 1), analysis));
            }
        }

        return output.ToString();
    }

    [Fact]
    public void Write_Mention_IsAMarkInItsTypesColourWithTypeConfidenceAndEntityOnHover()
    {
        var page = Render(Analysis());

        Assert.Contains(
            "<mark class=\"mention\" style=\"background:#ffd6a5\" data-type=\"PERSON\" data-confidence=\"0.9300\" title=\"PERSON · confidence 0.93 · model · entity: Anna Verhoeven\">Anna Verhoeven</mark>",
            page,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Write_LowConfidenceMention_IsMarkedLow()
    {
        Assert.Contains("<mark class=\"mention low\" style=\"background:#a0c4ff\"", Render(Analysis()), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_BoilerplateRegion_IsGreyedWithItsKind()
    {
        Assert.Contains("<span class=\"boilerplate\" title=\"boilerplate: Navigation\">Menu | News | Sport</span>", Render(Analysis()), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TextWithMarkup_IsEscapedAndReadsBackExactly()
    {
        var page = Render(Analysis());
        var textDiv = TextDiv().Match(page).Groups[1].Value;

        Assert.DoesNotContain("<b>", textDiv, StringComparison.Ordinal);
        Assert.Equal(Text, WebUtility.HtmlDecode(Tag().Replace(textDiv, string.Empty)));
    }

    [Fact]
    public void Write_Entities_TableHasAliasesRolesMentionsAndSalience()
    {
        var page = Render(Analysis());

        Assert.Contains(
            "<tr><td>Anna Verhoeven</td><td><span class=\"chip\" style=\"background:#ffd6a5\">PERSON</span></td><td>Verhoeven</td><td>captain</td><td class=\"number\">1</td><td class=\"salience\">0.700<span class=\"bar\" style=\"width:5.60rem\"></span></td></tr>",
            page,
            StringComparison.Ordinal);
        Assert.Contains("<h2>a&lt;1&gt;</h2>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Legend_ListsTheTypesPresentOnce()
    {
        var legend = Regex.Match(Render(Analysis()), "<p class=\"legend\">(.*?)</p>").Groups[1].Value;

        Assert.Equal(["ORG", "PERSON"], Regex.Matches(legend, "style=\"background:[^\"]+\">([A-Z_]+)<").Select(m => m.Groups[1].Value));
    }

    [Fact]
    public void Write_FailedArticle_ShowsItsError()
    {
        var page = Render(ArticleAnalysis.Failed("x", "", new AnalysisError("news.jsonl:3: missing \"text\"")));

        Assert.Contains("<p class=\"error\">Not analysed: news.jsonl:3: missing &quot;text&quot;</p>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Dispose_NoArticles_StillWritesACompletePage()
    {
        var page = Render();

        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.Contains("No articles.", page, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", page, StringComparison.Ordinal);
    }

    [Fact]
    public void EntityTypeColors_CustomType_GetsAStableDerivedColour()
    {
        var colour = EntityTypeColors.Of(EntityType.FromName("TICKER"));

        Assert.Matches(@"^hsl\(\d+ 70% 85%\)$", colour);
        Assert.Equal(colour, EntityTypeColors.Of(EntityType.FromName("TICKER")));
        Assert.NotEqual(colour, EntityTypeColors.Of(EntityType.FromName("VESSEL")));
    }

    [Fact]
    public void Analyze_FormatHtml_WritesOnePageForAllArticlesInInputOrder()
    {
        var input = string.Join('\n', Fixtures.JsonLine("first", Fixtures.Harbour), "{\"id\":\"broken\"", Fixtures.JsonLine("last", Fixtures.Council));

        var run = CliRun.InvokeWithStdin(input, "analyze", "-", "--format", "html");

        Assert.Equal(ExitCodes.SomeRecordsFailed, run.ExitCode);
        Assert.Equal(["first", "broken", "last"], Regex.Matches(run.Out, "<h2>(.*?)</h2>").Select(m => m.Groups[1].Value));
        Assert.Contains("data-type=\"PERSON\"", run.Out, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(run.Out, "</html>"));
    }

    [GeneratedRegex("<div class=\"text\">(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex TextDiv();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
