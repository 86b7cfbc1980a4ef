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
    public void AnnotateRange_ToyLexicon_MatchesTheRuntimeClustersAndGazetteer()
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
    public void AnnotateRange_RangeLongerThanAPrefetchChunk_MatchesTheRuntimeClustersAndGazetteer()
    {
        // The words are hashed and prefetched 64 at a time; three copies of the news are 120 tokens.
        var clusters = WordClusters.Create(
            [4, 8],
            [
                new KeyValuePair<string, ClusterIds>("Paris", new ClusterIds([1, 3])),
                new KeyValuePair<string, ClusterIds>("envoys", new ClusterIds([2, 6])),
            ]);
        var gazetteer = Gazetteer.Create(
        [
            new GazetteerEntry("New York City", GazetteerCategories.City),
            new GazetteerEntry("Rio de Janeiro", GazetteerCategories.City),
        ]);

        AssertSameAnnotations(clusters, gazetteer, string.Join(' ', News, News, News));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void HashTable_KeysWithSharedHomeSlotsAndKeyZero_FindsEveryValueAndNothingElse(int seed)
    {
        var random = new Random(seed);
        // Keys that share their low bits probe past each other; 0 is the value that marks an empty slot.
        var entries = new Dictionary<ulong, ulong> { [0] = 99 };
        while (entries.Count < 500)
        {
            var key = random.Next(3) == 0 ? (ulong)random.Next(1, 64) << 40 : (ulong)random.NextInt64();
            entries[key] = (ulong)random.NextInt64();
        }

        var table = HashTable.Create(entries);

        foreach (var (key, value) in entries)
        {
            Assert.True(table.TryGetValue(key, out var found));
            Assert.Equal(value, found);
        }

        for (var i = 0; i < 1000; i++)
        {
            var absent = (ulong)random.NextInt64() | 1UL << 63;
            Assert.False(table.TryGetValue(absent, out var nothing));
            Assert.Equal(0UL, nothing);
        }
    }

    [Fact]
    public void HashTable_WithoutKeyZero_DoesNotFindIt()
    {
        var table = HashTable.Create(new Dictionary<ulong, ulong> { [5] = 1, [16] = 2 });

        Assert.False(table.TryGetValue(0, out _));
        Assert.True(table.TryGetValue(16, out var value));
        Assert.Equal(2UL, value);
    }

    [Fact]
    public void AnnotateRange_ShippedLexicon_MatchesTheRuntimeClustersAndGazetteer()
    {
        var folder = Path.Combine(SharedData.RepositoryRoot!, "src", "EntityKit.Models.English", "Lexicon");
        using var clusterStream = File.OpenRead(Path.Combine(folder, "word-clusters.ekwc"));
        using var gazetteerStream = File.OpenRead(Path.Combine(folder, "gazetteer.ekgz"));

        AssertSameAnnotations(WordClusters.Load(clusterStream), Gazetteer.Load(gazetteerStream), News);
    }

    [Fact]
    public void AnnotateRange_SixLevelsOfTwoClusterings_MatchesTheRuntimeClustersAfterAModelRoundTrip()
    {
        var first = WordClusters.Create(
            [64, 256, 1024, 4093],
            [
                new KeyValuePair<string, ClusterIds>("Paris", new ClusterIds([63, 255, 1023, 4092])),
                new KeyValuePair<string, ClusterIds>("York", new ClusterIds([1, 2, 3, 4])),
                new KeyValuePair<string, ClusterIds>("said", new ClusterIds([0, 0, 0, 0])),
            ]);
        var second = WordClusters.Create(
            [256, 1024],
            [
                new KeyValuePair<string, ClusterIds>("Paris", new ClusterIds([255, 1023])),
                new KeyValuePair<string, ClusterIds>("said", new ClusterIds([7, 700])),
            ]);
        var joined = WordClusters.Concatenate(first, second);
        var lexicon = HashedLexicon.From(joined, gazetteer: null);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            LexiconFormat.Write(lexicon, writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var reloaded = (HashedLexicon)LexiconFormat.Read(reader)!;
        const string text = "PARIS said York and Berlin";
        var tokens = new EnglishTokenizer().Tokenize(text);
        var actual = new ClusterIds[tokens.Length];

        reloaded.AnnotateRange(text, tokens, 0, actual, new GazetteerHits[tokens.Length]);

        Assert.Equal([6, 8, 10, 12, 9, 11], reloaded.ClusterBits); // "York" is not in the second table: one more cluster there
        for (var i = 0; i < tokens.Length; i++)
        {
            joined.TryGetClusters(tokens[i].GetText(text), out var expected);
            Assert.Equal(expected, actual[i]);
        }

        Assert.Equal(new ClusterIds([63, 255, 1023, 4092, 255, 1023]), actual[0]);
        Assert.Equal(new ClusterIds([1, 2, 3, 4, 256, 1024]), actual[2]);
    }

    [Fact]
    public void AnnotateRange_TypographicQuotes_SeeTheAsciiSpellingsClustersAndPhrases()
    {
        var clusters = WordClusters.Create(
            [4],
            [
                new KeyValuePair<string, ClusterIds>("\u2019s", new ClusterIds([3])),
                new KeyValuePair<string, ClusterIds>("'s", new ClusterIds([1])),
                new KeyValuePair<string, ClusterIds>("\u2014", new ClusterIds([2])),
            ]);
        var gazetteer = Gazetteer.Create([new GazetteerEntry("People 's Republic", GazetteerCategories.Country)]);
        const string text = "People\u2019s Republic \u2014 and -";
        var tokens = new EnglishTokenizer().Tokenize(text);
        var actualClusters = new ClusterIds[tokens.Length];
        var actualHits = new GazetteerHits[tokens.Length];

        HashedLexicon.From(clusters, gazetteer).AnnotateRange(text, tokens, 0, actualClusters, actualHits);

        Assert.Equal(["People", "\u2019s", "Republic", "\u2014", "and", "-"], tokens.Select(t => text.Substring(t.Start, t.Length)));
        Assert.Equal(new ClusterIds([1]), actualClusters[1]);
        Assert.Equal(new ClusterIds([2]), actualClusters[3]);
        Assert.Equal(new ClusterIds([2]), actualClusters[5]);
        Assert.False(actualHits[0].IsEmpty);
        Assert.False(actualHits[2].IsEmpty);
    }

    private static void AssertSameAnnotations(WordClusters clusters, Gazetteer gazetteer, string text)
    {
        var tokens = new List<TokenInfo>();
        new EnglishTokenizer().Tokenize(text, tokens);
        var expectedHits = new GazetteerHits[tokens.Count];
        gazetteer.Annotate(text, tokens.ToArray(), expectedHits);
        var actualClusters = new ClusterIds[tokens.Count];
        var actualHits = new GazetteerHits[tokens.Count];

        HashedLexicon.From(clusters, gazetteer).AnnotateRange(text, tokens.ToArray(), 0, actualClusters, actualHits);

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
