namespace EntityKit.Models.English.Tests;

public class PlaceCueRecognizerTests
{
    public static TheoryData<string, string> Places => new()
    {
        { "US jets hit militia sites in the town of Jurf Al Sakhar, south of Baghdad.", "Jurf Al Sakhar" },
        { "The city of Khan Younes had witnessed a similar incident.", "Khan Younes" },
        { "Floods reached the province of Zarvan Qal on Monday.", "Zarvan Qal" },
    };

    [Theory]
    [MemberData(nameof(Places))]
    public void Analyze_NameAfterPlaceCue_IsAGpe(string text, string place)
    {
        var analysis = EnglishArticleAnalyzer.Create().Analyze(new Article("t", text));

        var mention = Assert.Single(analysis.Mentions, m => m.Text == place);
        Assert.Equal((EntityType.Gpe, MentionSource.Pattern), (mention.Type, mention.Source));
    }

    [Fact]
    public void Analyze_CuedPlace_RetypesTheArticlesOtherMentionsOfIt()
    {
        const string text = "A wedding in Qaryat Halun ended in grief. The town of Qaryat Halun mourned. Qaryat Halun buried three men.";

        var analysis = EnglishArticleAnalyzer.Create().Analyze(new Article("t", text));

        var mentions = analysis.Mentions.Where(m => m.Text == "Qaryat Halun").ToList();
        Assert.Equal(3, mentions.Count);
        Assert.All(mentions, m => Assert.Equal(EntityType.Gpe, m.Type));
    }

    [Theory]
    [InlineData("The town of the dead was silent.")]
    [InlineData("The state of play changed.")]
    [InlineData("City of London police said so.")]
    public void Analyze_CueWithoutCapitalisedNameOrCapitalisedCue_AddsNothing(string text)
    {
        var analysis = EnglishArticleAnalyzer.Create().Analyze(new Article("t", text));

        Assert.DoesNotContain(analysis.Mentions, m => m.Source == MentionSource.Pattern);
    }
}
