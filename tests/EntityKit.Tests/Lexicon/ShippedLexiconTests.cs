using EntityKit.Lexicon;

namespace EntityKit.Tests.Lexicon;

/// <summary>Checks the lexicon artifacts committed under src/EntityKit.Models.English/Lexicon load and make sense.</summary>
public sealed class ShippedLexiconTests
{
    private static readonly Lazy<WordClusters> Clusters = new(() =>
    {
        using var stream = File.OpenRead(ArtifactPath("word-clusters.ekwc"));
        return WordClusters.Load(stream);
    });

    private static readonly Lazy<Gazetteer> Names = new(() =>
    {
        using var main = File.OpenRead(ArtifactPath("gazetteer.ekgz"));
        using var world = File.OpenRead(ArtifactPath("gazetteer-world-countries.ekgz"));
        return Gazetteer.Load([main, world]);
    });

    [Fact]
    public void ExchangeClusters_TwoNestedLevels_JoinTheEmbeddingClustersOfTheSameWords()
    {
        using var stream = File.OpenRead(ArtifactPath("word-clusters-exchange.ekwc"));
        var exchange = WordClusters.Load(stream);

        Assert.Equal([256, 1024], exchange.LevelSizes.ToArray());
        var parents = new Dictionary<int, int>();
        foreach (var word in exchange.Words)
        {
            exchange.TryGetExact(word, out var ids);
            Assert.Equal(parents.GetValueOrDefault(ids[1], ids[0]), ids[0]);
            parents[ids[1]] = ids[0];
        }

        var joined = WordClusters.Concatenate(Clusters.Value, exchange);
        Assert.Equal(6, joined.LevelCount);
        Assert.True(joined.TryGetExact("Paris", out var paris));
        Assert.True(exchange.TryGetExact("Paris", out var own));
        Assert.Equal(own[1], paris[5]);
    }

    private static string ArtifactPath(string file)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EntityKit.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return Path.Combine(directory.FullName, "src", "EntityKit.Models.English", "Lexicon", file);
    }

    public static TheoryData<int, string[]> SameCluster => new()
    {
        { 3, ["March", "April", "June", "July", "August", "September", "October", "November", "December"] },
        { 3, ["Monday", "Tuesday", "Friday"] },
        { 3, ["Smith", "Jones", "Brown", "Williams"] },
        { 1, ["Apple", "Google", "Microsoft", "Amazon"] },
        { 3, ["Inc", "Corp", "Ltd"] },
        { 2, ["French", "German", "Chinese", "Russian"] },
        { 1, ["John", "David", "Michael", "Mary", "Sarah"] },
        { 2, ["Paris", "Berlin"] },
    };

    [Theory]
    [MemberData(nameof(SameCluster))]
    public void WordClusters_Shipped_GroupsWordsOfOneKind(int level, string[] words)
    {
        var ids = words.Select(w =>
        {
            Assert.True(Clusters.Value.TryGetClusters(w, out var found), w);
            return found[level];
        });

        Assert.Single(ids.Distinct());
    }

    [Fact]
    public void WordClusters_Shipped_SeparatesPlacesNationalitiesAndPeople()
    {
        int Cluster(string word, int level)
        {
            Assert.True(Clusters.Value.TryGetClusters(word, out var ids), word);
            return ids[level];
        }

        Assert.NotEqual(Cluster("Paris", 2), Cluster("French", 2));
        Assert.NotEqual(Cluster("Paris", 0), Cluster("Smith", 0));
        Assert.NotEqual(Cluster("Monday", 2), Cluster("March", 2));
        Assert.Equal(4, Clusters.Value.LevelCount);
        Assert.True(Clusters.Value.WordCount > 100_000);
    }

    public static TheoryData<string, GazetteerCategories> Phrases => new()
    {
        { "New York City", GazetteerCategories.City },
        { "Abu Dhabi", GazetteerCategories.Capital },
        { "Bosnia and Herzegovina", GazetteerCategories.Country },
        { "Nigerian", GazetteerCategories.Demonym },
        { "Texas", GazetteerCategories.UsState },
        { "Bavaria", GazetteerCategories.Region },
        { "Europe", GazetteerCategories.Continent },
        { "Swahili", GazetteerCategories.Language },
        { "euros", GazetteerCategories.Currency },
        { "USD", GazetteerCategories.Currency },
        { "Emily", GazetteerCategories.FirstName },
        { "Johnson", GazetteerCategories.Surname },
        { "GmbH", GazetteerCategories.CompanySuffix },
        { "Nvidia", GazetteerCategories.Company },
        { "Albert Einstein", GazetteerCategories.Person },
        { "Mississippi River", GazetteerCategories.Location },
        { "World War II", GazetteerCategories.Event },
        { "Catholic", GazetteerCategories.Group },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Gazetteer_Shipped_ListsWellKnownNames(string phrase, GazetteerCategories expected)
    {
        Assert.Equal(expected, Names.Value.Lookup(phrase) & expected);
    }

    [Theory]
    [InlineData("Nice")]
    [InlineData("Reading")]
    [InlineData("and")]
    public void Gazetteer_Shipped_DropsCommonWordsAsPlaces(string word)
    {
        Assert.Equal(GazetteerCategories.None, Names.Value.Lookup(word) & (GazetteerCategories.City | GazetteerCategories.Company));
    }
}
