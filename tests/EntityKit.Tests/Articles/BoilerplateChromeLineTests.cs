using EntityKit.Articles;

namespace EntityKit.Tests.Articles;

/// <summary>The caption, byline, date-stamp and promotion line rules of <see cref="BoilerplateDetector"/>, each on a
/// line between two body paragraphs.</summary>
public sealed class BoilerplateChromeLineTests
{
    private const string Before = "The council voted on Monday to close the old bridge to cars from the start of next month.";
    private const string After = "Engineers found cracks in two of its supports during an inspection last autumn, the report said.";

    [Theory]
    [InlineData("Credit...Ann Lee/The Harbour Times", BoilerplateKind.Caption)]
    [InlineData("Image copyright Getty Images", BoilerplateKind.Caption)]
    [InlineData("Image caption The bridge was built in 1902", BoilerplateKind.Caption)]
    [InlineData("Photo: Sam Ortiz, AP", BoilerplateKind.Caption)]
    [InlineData("Tom Reed | Getty Images", BoilerplateKind.Caption)]
    [InlineData("Cars queue at the bridge on Monday (Image: GETTY )", BoilerplateKind.Caption)]
    [InlineData("Image 1 of 23", BoilerplateKind.Caption)]
    [InlineData("4 of 12", BoilerplateKind.Caption)]
    [InlineData("By Jane Doe - 11/18/19 11:04 PM EST", BoilerplateKind.Byline)]
    [InlineData("By", BoilerplateKind.Byline)]
    [InlineData("Published 10:02 AM EST Nov 19, 2019", BoilerplateKind.Byline)]
    [InlineData("| UPDATED: 11:05, Tue, Nov 19, 2019", BoilerplateKind.Byline)]
    [InlineData("Published 1 day ago", BoilerplateKind.Byline)]
    [InlineData("October 06, 2018", BoilerplateKind.Byline)]
    [InlineData("Nov. 20, 2019, 9:28 AM UTC", BoilerplateKind.Byline)]
    [InlineData("Reporting by Ann Lee; Editing by Tom Reed", BoilerplateKind.Byline)]
    [InlineData("Jo Park contributed reporting from Leeds.", BoilerplateKind.Byline)]
    [InlineData("Have a tip? Jo Park may be reached at jpark@example.com.", BoilerplateKind.Byline)]
    [InlineData("View author archive", BoilerplateKind.Byline)]
    [InlineData("Follow Newsbeat on Instagram, Facebook and Twitter.", BoilerplateKind.Promotion)]
    [InlineData("Have a tip? Follow her on Twitter @janedoe.", BoilerplateKind.Promotion)]
    [InlineData("Get the latest updates in your inbox. Sign up for our free daily newsletter.", BoilerplateKind.Promotion)]
    [InlineData("This post may contain affiliate links. Please see my disclosure page.", BoilerplateKind.Promotion)]
    [InlineData("Continue Reading Below", BoilerplateKind.Navigation)]
    [InlineData("Related post: Ten bridges worth a visit", BoilerplateKind.Navigation)]
    [InlineData("SEE MORE: Bridge protest draws hundreds", BoilerplateKind.Navigation)]
    [InlineData("Comments", BoilerplateKind.Navigation)]
    [InlineData("Advert", BoilerplateKind.Promotion)]
    public void Detect_ChromeLineBetweenBodyParagraphs_IsFlagged(string line, BoilerplateKind kind)
    {
        var text = $"{Before}\n\n{line}\n\n{After}";

        var region = Assert.Single(BoilerplateDetector.Default.Detect(text));

        Assert.Equal(line, region.GetText(text).ToString());
        Assert.Equal(kind, region.Kind);
    }

    [Theory]
    [InlineData("By the time the vote was taken, most of the public gallery had left the chamber.")]
    [InlineData("Published reports said the repairs would cost more than the council had planned for this year.")]
    [InlineData("Credit Suisse said it would not lend to the project.")]
    [InlineData("4:14 p.m.")]
    [InlineData("The crowd watched the last bus cross the bridge, waving flags and singing, long into the evening as rain fell on the old town and its river (Photo by Ann Lee)")]
    [InlineData("Follow-up talks with the rail operator are planned for May.")]
    [InlineData("Close to 300 people signed the petition.")]
    [InlineData("By the numbers: what the new bridge will cost")]
    [InlineData("Getty Images Wants AI to Stop Copying Them")]
    [InlineData("The mayor will not allow any media to follow him on his trip to the capital next week.")]
    [InlineData("Her account, which has two million followers on Twitter, was suspended on Friday.")]
    public void Detect_BodyLineThatLooksLikeChrome_IsKept(string line)
    {
        var text = $"{Before}\n\n{line}\n\n{After}";

        Assert.Empty(BoilerplateDetector.Default.Detect(text));
    }
}
