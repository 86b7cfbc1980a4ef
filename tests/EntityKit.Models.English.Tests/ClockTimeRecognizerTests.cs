using EntityKit.Models.English;

namespace EntityKit.Models.English.Tests;

public class ClockTimeRecognizerTests
{
    public static TheoryData<string, string> Times => new()
    {
        { "The strikes occurred at 12.15am on Wednesday.", "12.15am" },
        { "Polls close at 9:30 p.m. tonight.", "9:30 p.m." },
        { "The ferry left at 23.05 PM, late.", "23.05 PM" },
    };

    [Theory]
    [MemberData(nameof(Times))]
    public void Analyze_ClockTimeWithMeridiem_IsOneTimeMention(string text, string expected)
    {
        var analysis = EnglishArticleAnalyzer.Create().Analyze(new Article("t", text));

        var time = Assert.Single(analysis.Mentions, m => m.Text.Contains(expected[..2], StringComparison.Ordinal));
        Assert.Equal((expected, EntityType.Time, MentionSource.Pattern), (time.Text, time.Type, time.Source));
    }

    [Theory]
    [InlineData("12.15", true)]
    [InlineData("9:30", true)]
    [InlineData("23.59", true)]
    [InlineData("24.00", false)]
    [InlineData("12.75", false)]
    [InlineData("1.5", false)]
    [InlineData("123.45", false)]
    [InlineData("ab.cd", false)]
    public void IsClock_AcceptsOnlyHoursAndMinutes(string word, bool expected)
    {
        Assert.Equal(expected, ClockTimeRecognizer.IsClock(word));
    }

    [Fact]
    public void Analyze_NumberBeforeVerbAm_IsNotATime()
    {
        var analysis = EnglishArticleAnalyzer.Create().Analyze(new Article("t", "Version 2.10 am I right, asked the tester."));

        Assert.DoesNotContain(analysis.Mentions, m => m.Type == EntityType.Time);
    }
}
