using System.Collections.Immutable;
using EntityKit.Articles;
using EntityKit.Resolution;
using EntityKit.Tests.Articles;

namespace EntityKit.Tests.Resolution;

/// <summary>Resolution of the seed article from its hand-annotated mentions.</summary>
public sealed class ArticleEntityResolverSeedTests
{
    private static readonly string Text = SeedArticle.Text;
    private static readonly ImmutableArray<EntityMention> Gold = SeedArticle.GoldMentions();
    private static readonly ImmutableArray<Entity> Entities = ArticleEntityResolver.Default.Resolve(
        new ResolutionInput(Text, Gold) { Boilerplate = [.. BoilerplateDetector.Default.Detect(Text)] }, default);

    private static Entity Named(string name) => Assert.Single(Entities, e => e.Name == name);

    private static string[] SurfaceForms(Entity entity) => [.. entity.MentionIndexes.Select(i => Gold[i].Text)];

    public static TheoryData<string, string[]> People => new()
    {
        { "Lloyd Austin", ["Lloyd Austin", "Austin"] },
        { "Joe Biden", ["Joe Biden"] },
        { "Mohammed Shia Al Sudani", ["Mohammed Shia Al Sudani", "Al Sudani"] },
        { "Yahya Rasool", ["Yahya Rasool"] },
        { "Qasim Al Araji", ["Qasim Al Araji", "Al Araji", "Al Araji"] },
        { "Jaafar Al Hussaini", ["Jaafar Al Hussaini"] },
    };

    [Theory]
    [MemberData(nameof(People))]
    public void Resolve_SeedPerson_GathersFullNameAndShortForms(string name, string[] forms)
    {
        var person = Named(name);

        Assert.Equal(EntityType.Person, person.Type);
        Assert.Equal(forms, SurfaceForms(person));
    }

    [Fact]
    public void Resolve_SeedPeople_ExactlySixPersons() =>
        Assert.Equal(6, Entities.Count(e => e.Type == EntityType.Person));

    public static TheoryData<string, string[]> PeopleAliases => new()
    {
        { "Lloyd Austin", ["Austin", "Mr Austin"] },
        { "Mohammed Shia Al Sudani", ["Al Sudani", "Mr Al Sudani"] },
        { "Qasim Al Araji", ["Al Araji", "Mr Al Araji"] },
    };

    [Theory]
    [MemberData(nameof(PeopleAliases))]
    public void Resolve_SeedPerson_AliasesIncludeHonorificForms(string name, string[] aliases) =>
        Assert.Equal(aliases, Named(name).Aliases);

    public static TheoryData<string, string[]> Roles => new()
    {
        { "Lloyd Austin", ["US Defence Secretary"] },
        { "Joe Biden", ["President"] },
        { "Mohammed Shia Al Sudani", ["Prime Minister"] },
        { "Yahya Rasool", ["Maj Gen"] },
        { "Qasim Al Araji", ["Iraq’s National Security Adviser"] },
        { "Jaafar Al Hussaini", [] },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public void Resolve_SeedPerson_RecordsRolesStatedBeforeTheName(string name, string[] roles) =>
        Assert.Equal(roles, Named(name).Roles);

    [Fact]
    public void Resolve_SeedMilitia_OneOrganisationWithFourMentions()
    {
        var militia = Named("Kataib Hezbollah");

        Assert.Equal((EntityType.Organization, 4), (militia.Type, militia.MentionCount));
    }

    [Fact]
    public void Resolve_SeedPmf_ExpansionWithTheAndAcronymAreOneEntity()
    {
        var pmf = Named("Popular Mobilisation Forces");

        Assert.Equal(["the Popular Mobilisation Forces", "PMF"], SurfaceForms(pmf));
        Assert.Equal(new[] { "PMF" }, pmf.Aliases.AsEnumerable());
    }

    [Fact]
    public void Resolve_SeedCentralCommand_ContractionCentcomJoins() =>
        Assert.Equal(["Central Command", "Centcom"], SurfaceForms(Named("Central Command")));

    public static TheoryData<string, string, int> Places => new()
    {
        { "US", "GPE", 18 },
        { "Iraq", "GPE", 10 },
        { "Iran", "GPE", 5 },
        { "Syria", "GPE", 3 },
        { "Gaza", "GPE", 4 },
        { "Baghdad", "GPE", 1 },
        { "Jurf Al Sakhar", "GPE", 1 },
        { "Al Qaim", "GPE", 1 },
        { "Ain Al Asad", "FAC", 1 },
        { "Wednesday", "DATE", 3 },
        { "early October", "DATE", 1 },
        { "two", "CARDINAL", 2 },
    };

    [Theory]
    [MemberData(nameof(Places))]
    public void Resolve_SeedPlacesAndDates_GroupedByName(string name, string type, int count)
    {
        var entity = Named(name);

        Assert.Equal((EntityType.FromName(type), count), (entity.Type, entity.MentionCount));
    }

    [Fact]
    public void Resolve_SeedIraqAndIraqi_StayApart()
    {
        Assert.Equal(EntityType.Gpe, Named("Iraq").Type);
        Assert.Equal(EntityType.Norp, Named("Iraqi").Type);
    }

    [Fact]
    public void Resolve_Seed_EveryMentionBelongsToExactlyOneEntity()
    {
        var indexes = Entities.SelectMany(e => e.MentionIndexes).Order();

        Assert.Equal(Enumerable.Range(0, Gold.Length), indexes);
    }

    [Fact]
    public void Resolve_Seed_MostSalientAreTheHeadlineCountries()
    {
        Assert.Equal(["US", "Iraq", "Iran"], Entities.Take(3).Select(e => e.Name));
        Assert.All(Entities, e => Assert.InRange(e.Salience, 0, 1));
        Assert.True(Entities.Zip(Entities.Skip(1)).All(pair => pair.First.Salience >= pair.Second.Salience));
    }

    [Fact]
    public void Resolve_Seed_FirstOffsetIsFirstMention() =>
        Assert.All(Entities, e => Assert.Equal(Gold[e.MentionIndexes[0]].Start, e.FirstOffset));

    [Fact]
    public void Resolve_Seed_FormsAValidAnalysis()
    {
        var analysis = new ArticleAnalysis("seed", Text, [], [], Gold, Entities, [.. BoilerplateDetector.Default.Detect(Text)]);

        Assert.Equal(5, analysis.Boilerplate.Length);
        Assert.All(analysis.Mentions, m => Assert.False(analysis.IsInBoilerplate(m.Start, m.End)));
    }
}
