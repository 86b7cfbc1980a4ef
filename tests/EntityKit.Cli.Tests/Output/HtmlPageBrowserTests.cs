using EntityKit.Cli.Output.Html;
using EntityKit.Cli.Tests.TestSupport;

namespace EntityKit.Cli.Tests.Output;

/// <summary>The page of <c>analyze --format html</c> as a real browser draws it.</summary>
public sealed class HtmlPageBrowserTests
{
    private const string Article =
        "Skip to main content\nHome | World | Business | Sport\n\n" +
        "The ferry from Portsmouth reached Cherbourg at 9.15am on Tuesday. Its captain, Anna Verhoeven, said the crossing was calm.\n\n" +
        "Subscribe to our newsletter\n© 2026 Channel News. All rights reserved.";

    [ChromiumFact]
    public void Screenshot_AnalysedArticle_ShowsPersonAndPlaceHighlightsAndGreyBoilerplate()
    {
        using var directory = new TempDirectory();
        var input = directory.Write("news.jsonl", Fixtures.JsonLine("harbour", Article));
        var page = Path.Combine(directory.Path, "page.html");
        var run = CliRun.Invoke("analyze", input, "--format", "html", "-o", page);
        Assert.Equal(ExitCodes.Success, run.ExitCode);

        var image = PngImage.Read(Chromium.Screenshot(page, Path.Combine(directory.Path, "page.png"), 1000, 800));

        Assert.Equal((1000, 800), (image.Width, image.Height));
        // A highlighted word of ~10 characters is some 80 x 25 pixels: far more than 300 of its colour.
        Assert.True(image.Count(EntityTypeColors.Of(EntityType.Person)) > 300, "no PERSON highlight is visible");
        Assert.True(image.Count(EntityTypeColors.Of(EntityType.Gpe)) > 300, "no GPE highlight is visible");
        Assert.True(image.Count("#eeeeee") > 1000, "no greyed boilerplate is visible");
        Assert.True(image.Count("#ffffff") > image.Width * image.Height / 2, "the page background is not white");
    }
}
