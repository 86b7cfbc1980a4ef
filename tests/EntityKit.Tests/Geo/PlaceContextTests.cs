using EntityKit.Geo;

namespace EntityKit.Tests.Geo;

public sealed class PlaceContextTests
{
    [Theory]
    [InlineData("https://www.bbc.co.uk/news/world-1", "GB")]
    [InlineData("https://www.abc.net.au/news", "AU")]
    [InlineData("http://www.lemonde.fr/article", "FR")]
    [InlineData("http://www.thetowntalk.com/article/1", null)]
    [InlineData("https://news.example.io/x", null)]
    [InlineData("not a url", null)]
    [InlineData(null, null)]
    public void CountryOfUrl_CountryCodeDomain_GivesItsCountry(string? url, string? country) =>
        Assert.Equal(country, PlaceContext.CountryOfUrl(url));

    [Fact]
    public void CountryMentions_OwnEntity_DoesNotCount()
    {
        var context = new PlaceContext(publisherCountry: null);
        context.AddCountry("US", entity: 0, mentions: 2);
        context.AddCountry("US", entity: 3, mentions: 1);

        Assert.Equal((1, 2, 3), (context.CountryMentions("US", self: 0), context.CountryMentions("US", self: 3), context.CountryMentions("US", self: 5)));
    }

    [Theory]
    [InlineData("St. Louis", "st louis")]
    [InlineData("Saint Louis", "st louis")]
    [InlineData("the United States", "united states")]
    [InlineData("Mount Pleasant", "mt pleasant")]
    [InlineData("Bogotá", "bogota")]
    [InlineData("Winston-Salem", "winston salem")]
    [InlineData("U.S.", "us")]
    public void Key_Variants_ShareOneKey(string name, string key) => Assert.Equal(key, PlaceNames.Key(name));
}
