using EntityKit.Lexicon;
using EntityKit.Recognition;
using EntityKit.Tests.TestSupport;
using EntityKit.Text;

namespace EntityKit.Tests.Recognition;

public class HashedLexiconTests
{
    private const string News =
        "NEW YORK (Newswire) - Officials in New York City and PARIS said on Monday that John Smith of Acme Inc. "
        + "would visit York, Paris and the United States before flying to Rio de Janeiro with French and German envoys.";

    [Fact]
    public void Annotate_ToyLexicon_MatchesTheRuntimeClustersAndGazetteer()
    {
        var clusters = WordClusters.Create(
            [4, 8],
            [
                new KeyValuePair<string, ClusterIds>("Paris", new ClusterIds([1, 3])),
                new KeyValuePair<string, ClusterIds>("paris", new ClusterIds([2, 5])),
                new KeyValuePair<string, ClusterIds>("New", new ClusterIds([0, 1])),
                new KeyValuePair<string, ClusterIds>("york", new ClusterIds([3, 7])),
            ]);
        var gazetteer = Gazetteer.Create(
        [
            new GazetteerEntry("New York", GazetteerCategories.City),
            new GazetteerEntry("New York City", GazetteerCategories.City | GazetteerCategories.Region),
            new GazetteerEntry("York", GazetteerCategories.Surname),
            new GazetteerEntry("Rio de Janeiro", GazetteerCategories.City),
        ]);

        AssertSameAnnotations(clusters, gazetteer, News);
    }

    [Fact]
    public void Annotate_ShippedLexicon_MatchesTheRuntimeClustersAndGazetteer()
    {
        var folder = Path.Combine(SharedData.RepositoryRoot!, "src", "EntityKit.Models.English", "Lexicon");
        using var clusterStream = File.OpenRead(Path.Combine(folder, "word-clusters.ekwc"));
        using var gazetteerStream = File.OpenRead(Path.Combine(folder, "gazetteer.ekgz"));

        AssertSameAnnotations(WordClusters.Load(clusterStream), Gazetteer.Load(gazetteerStream), News);
    }

    private static void AssertSameAnnotations(WordClusters clusters, Gazetteer gazetteer, string text)
    {
        var tokens = new List<TokenInfo>();
        new EnglishTokenizer().Tokenize(text, tokens);
        var expectedHits = new GazetteerHits[tokens.Count];
        gazetteer.Annotate(text, tokens.ToArray(), expectedHits);
        var actualClusters = new ClusterIds[tokens.Count];
        var actualHits = new GazetteerHits[tokens.Count];

        HashedLexicon.From(clusters, gazetteer).Annotate(text, tokens.ToArray(), actualClusters, actualHits);

        for (var i = 0; i < tokens.Count; i++)
        {
            var word = text.Substring(tokens[i].Start, tokens[i].Length);
            clusters.TryGetClusters(word, out var expected);
            Assert.True(expected == actualClusters[i], $"clusters of '{word}': {expected} vs {actualClusters[i]}");
            Assert.True(expectedHits[i].ToString() == actualHits[i].ToString(), $"hits of '{word}': {expectedHits[i]} vs {actualHits[i]}");
        }

        Assert.Contains(actualHits, h => !h.IsEmpty);
    }
}
