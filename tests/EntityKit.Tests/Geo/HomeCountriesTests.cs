using EntityKit.Geo;

namespace EntityKit.Tests.Geo;

public sealed class HomeCountriesTests
{
    /// <summary>Each row: the first-reading countries of the article's entities ("-" for none), mentions of each, the
    /// entity asked about, and its home country ("" for none).</summary>
    [Theory]
    [InlineData("US US FR", "1 1 1", 2, "US")]
    [InlineData("US US FR", "1 1 1", 0, "")]
    [InlineData("US FR FR", "3 1 1", 0, "FR")]
    [InlineData("US FR FR", "3 1 1", 1, "US")]
    [InlineData("FR", "4", 0, "")]
    [InlineData("- US", "1 1", 0, "US")]
    [InlineData("- -", "1 1", 0, "")]
    public void Of_OtherEntitiesReadings_GivesTheCountryMostMentionedWithoutTies(string countries, string mentions, int self, string home)
    {
        var codes = countries.Split(' ');
        var counts = mentions.Split(' ').Select(int.Parse).ToArray();
        var homes = new HomeCountries(codes.Length);
        for (var i = 0; i < codes.Length; i++)
        {
            if (codes[i] != "-")
            {
                homes.Add(i, codes[i], counts[i]);
            }
        }

        Assert.Equal(home.Length == 0 ? null : home, homes.Of(self));
    }
}
