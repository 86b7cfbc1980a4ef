namespace EntityKit.Models.English.Tests;

public class FacilityCueRecognizerTests
{
    [Theory]
    [InlineData("Missiles hit Ain Al Asad airbase, where US forces are stationed.", "Ain Al Asad")]
    [InlineData("Jets flew from Ramstein air base overnight.", "Ramstein")]
    [InlineData("The drill took place at Bagram airfield.", "Bagram")]
    public void Analyze_NameBeforeFacilityNoun_IsAFacility(string text, string facility)
    {
        var analysis = EnglishArticleAnalyzer.Create().Analyze(new Article("t", text));

        var mention = Assert.Single(analysis.Mentions, m => m.Text == facility);
        Assert.Equal((EntityType.Facility, MentionSource.Pattern), (mention.Type, mention.Source));
    }

    [Fact]
    public void Analyze_FacilityNounWithoutName_AddsNothing()
    {
        var analysis = EnglishArticleAnalyzer.Create().Analyze(new Article("t", "The airbase was hit twice and the air base nearby once."));

        Assert.DoesNotContain(analysis.Mentions, m => m.Type == EntityType.Facility);
    }
}
