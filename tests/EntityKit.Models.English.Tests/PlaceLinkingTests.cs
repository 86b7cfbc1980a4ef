using System.Collections.Immutable;
using EntityKit.Geo;
using EntityKit.Linking;

namespace EntityKit.Models.English.Tests;

/// <summary>The place linker over the embedded gazetteer, on small articles of our own with hand-made entities.</summary>
public sealed class PlaceLinkingTests
{
    private static readonly PlaceLinker Linker = EnglishGeoData.CreatePlaceLinker();

    /// <summary>Links the entities of an article whose place names are given with their types, each mention the first
    /// occurrence of its name in the text.</summary>
    private static ImmutableArray<Entity> Link(string text, string? url, params (string Name, EntityType Type)[] places)
    {
        var mentions = places.Select((p, i) =>
        {
            var start = text.IndexOf(p.Name, StringComparison.Ordinal);
            Assert.True(start >= 0, p.Name);
            return new EntityMention(start, start + p.Name.Length, p.Name, p.Type, 0.9, i, 1);
        }).ToImmutableArray();
        var entities = places.Select((p, i) => new Entity(p.Name, p.Type, [], [i], 0.5)).ToImmutableArray();
        return Linker.Link(new EntityLinkingInput(new Article("a", text) { Url = url }, mentions, entities), CancellationToken.None);
    }

    private static EntityLink Single(Entity entity) => Assert.Single(entity.Links);

    [Fact]
    public void Gazetteer_Embedded_HoldsTownsDivisionsAndCountries()
    {
        var gazetteer = EnglishGeoData.Gazetteer;

        Assert.True(gazetteer.TownCount > 130_000, $"{gazetteer.TownCount} towns");
        Assert.True(gazetteer.DivisionCount > 3_000, $"{gazetteer.DivisionCount} divisions");
        Assert.True(gazetteer.CountryCount >= 240, $"{gazetteer.CountryCount} countries");
    }

    [Fact]
    public void Link_Country_GivesIsoCodeAndPoint()
    {
        var link = Single(Link("Strikes in Iraq.", null, ("Iraq", EntityType.Gpe))[0]);

        Assert.Equal(("iso-3166", "IQ", "IQ", "PCLI"), (link.Source, link.Id, link.CountryCode, link.FeatureCode));
        Assert.InRange(link.Latitude!.Value, 29, 38);
        Assert.InRange(link.Longitude!.Value, 38, 49);
    }

    [Fact]
    public void Link_LargeCity_GivesGeoNamesIdAndCoordinates()
    {
        var link = Single(Link("Protests in Baghdad.", null, ("Baghdad", EntityType.Gpe))[0]);

        Assert.Equal(("geonames", "98182", "IQ", "P", "PPLC"), (link.Source, link.Id, link.CountryCode, link.FeatureClass, link.FeatureCode));
        Assert.InRange(link.Latitude!.Value, 33.2, 33.4);
        Assert.InRange(link.Longitude!.Value, 44.3, 44.5);
    }

    [Fact]
    public void Link_AmbiguousTownWithStateAfterIt_TakesThatState()
    {
        var link = Single(Link("Chiquita Henry, of Alexandria, La., was charged.", null, ("Alexandria", EntityType.Gpe))[0]);

        Assert.Equal(("US", "4314550"), (link.CountryCode, link.Id));
    }

    [Fact]
    public void Link_AmbiguousTownWithStateElsewhere_TakesTheTownOfThatState()
    {
        var entities = Link("Paris police said a man was arrested. Texas troopers helped.", null,
            ("Paris", EntityType.Gpe), ("Texas", EntityType.Gpe));

        var paris = Single(entities[0]);
        Assert.Equal(("US", "geonames"), (paris.CountryCode, paris.Source));
        Assert.Equal(("geonames-admin1", "US.TX"), (Single(entities[1]).Source, Single(entities[1]).Id));
    }

    [Fact]
    public void Link_AmbiguousTownAlone_TakesTheCapital()
    {
        var link = Single(Link("Paris was quiet.", null, ("Paris", EntityType.Gpe))[0]);

        Assert.Equal(("FR", "PPLC"), (link.CountryCode, link.FeatureCode));
    }

    [Theory]
    [InlineData("Florida", "US.FL")]
    [InlineData("Kan.", "US.KS")]
    [InlineData("W.Va.", "US.WV")]
    public void Link_UsState_GivesFirstLevelDivision(string name, string code)
    {
        var link = Single(Link($"Officials in {name} and the U.S. said.", null, (name, EntityType.Gpe), ("U.S.", EntityType.Gpe))[0]);

        Assert.Equal(("geonames-admin1", code), (link.Source, link.Id));
    }

    [Fact]
    public void Link_Nationality_LinksItsCountry()
    {
        var link = Single(Link("The Iraqi government denounced it.", null, ("Iraqi", EntityType.Norp))[0]);

        Assert.Equal(("iso-3166", "IQ"), (link.Source, link.Id));
    }

    [Fact]
    public void Link_UnknownPlaceAndPerson_StayUnlinked()
    {
        var entities = Link("Qwertzville met Lloyd Austin.", null, ("Qwertzville", EntityType.Gpe), ("Lloyd Austin", EntityType.Person));

        Assert.All(entities, e => Assert.Empty(e.Links));
    }

    [Fact]
    public void Analyze_WithPlaceLinker_LinksTheSeedsPlaces()
    {
        var analyzer = EnglishArticleAnalyzer.CreateBuilder().WithEntityLinker(Linker).Build();

        var analysis = analyzer.Analyze(new Article("a", "The Iraqi government on Wednesday denounced US strikes in Baghdad and Al Qaim, near the Syrian border."));

        var iraqi = analysis.Entities.Single(e => e.Name == "Iraqi");
        var baghdad = analysis.Entities.Single(e => e.Name == "Baghdad");
        Assert.Equal("IQ", Single(iraqi).Id);
        Assert.Equal("IQ", Single(baghdad).CountryCode);
    }

    /// <summary>Rows: an article of our own, its place names, and the country the first one links to. The first rows
    /// hold no state or country name, so only the article's other places can tell where it is at home.</summary>
    [Theory]
    [InlineData("Athens police said officers from Atlanta and Macon joined the search.", "Athens|Atlanta|Macon", "US")]
    [InlineData("Athens police said officers from Thessaloniki and Patras joined the search.", "Athens|Thessaloniki|Patras", "GR")]
    [InlineData("Athens police said the search went on.", "Athens", "GR")]
    public void Link_AmbiguousTown_TakesTheArticlesHomeCountry(string text, string names, string country)
    {
        var entities = Link(text, null, names.Split('|').Select(n => (n, EntityType.Gpe)).ToArray());

        Assert.Equal(country, Single(entities[0]).CountryCode);
    }

    /// <summary>Rows: two ambiguous names whose only readings close together are the expected ones.</summary>
    [Theory]
    [InlineData("Paris firefighters and the Henry County sheriff answered the call.", "Paris", "Henry County", "US", "US.TN")]
    [InlineData("Lebanon firefighters and the Boone County sheriff answered the call.", "Lebanon", "Boone County", "US", "US.IN")]
    public void Link_TwoAmbiguousNames_TakeTheReadingsThatLieTogether(string text, string town, string county, string townCountry, string countyState)
    {
        var entities = Link(text, null, (town, EntityType.Gpe), (county, EntityType.Gpe));

        Assert.Equal(townCountry, Single(entities[0]).CountryCode);
        Assert.StartsWith(countyState + ".", Single(entities[1]).Id, StringComparison.Ordinal);
    }

    /// <summary>Rows: a state abbreviation whose dot is also the sentence's full stop, so the entity's name lacks it.</summary>
    [Theory]
    [InlineData("The family moved to Lancaster, in Pa.", "Pa", "US.PA")]
    [InlineData("He grew up in Ind.", "Ind", "US.IN")]
    [InlineData("She was born in Ga.", "Ga", "US.GA")]
    public void Link_AbbreviationEndingTheSentence_IsTheState(string text, string name, string code)
    {
        var link = Single(Link(text, null, (name, EntityType.Gpe))[^1]);

        Assert.Equal(("geonames-admin1", code), (link.Source, link.Id));
    }

    [Fact]
    public void Link_AbbreviationWithoutDot_IsNotReadAsTheState()
    {
        var entities = Link("Officials in Ga said so.", null, ("Ga", EntityType.Gpe));

        Assert.DoesNotContain(entities[0].Links, l => l.Id == "US.GA");
    }
}
