using EntityKit.Lexicon;
using EntityKit.Training.Lexicon;

namespace EntityKit.Tests.Training.Lexicon;

public sealed class ExchangeClustererTests
{
    private static readonly string[] Animals = ["cat", "dog", "horse", "goat"];
    private static readonly string[] Colours = ["red", "blue", "green", "yellow"];

    /// <summary>
    /// A synthetic corpus of seven roles (the, animal, sleeps, a, colour, car, the full stop) in which the animals and
    /// the colours each fill their own slot at random; "hamster" is rare.
    /// </summary>
    private static IndexedCorpus Corpus()
    {
        var random = new Random(11);
        var lines = new List<string>();
        for (var i = 0; i < 2000; i++)
        {
            lines.Add(random.Next(2) == 0
                ? $"the {Animals[random.Next(Animals.Length)]} sleeps ."
                : $"a {Colours[random.Next(Colours.Length)]} car .");
        }

        lines.AddRange(Enumerable.Repeat("the hamster sleeps .", 3));
        return IndexedCorpus.Build(lines, TokenStringSplitters.English());
    }

    private static ExchangeClustering Cluster(IndexedCorpus corpus, int threads = 1, bool bidirectional = true) =>
        ExchangeClusterer.Cluster(corpus, corpus.Words, [3, 7], new ExchangeClusterOptions { MinExchangeCount = 10, Threads = threads, Bidirectional = bidirectional });

    private static int ClassOf(ExchangeClustering clustering, string word, int level) =>
        clustering.ClassesAt(level)[clustering.Words.ToList().IndexOf(word)];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Cluster_InterchangeableWords_ShareTheirFinestClass(bool bidirectional)
    {
        var clustering = Cluster(Corpus(), bidirectional: bidirectional);

        Assert.Single(Animals.Select(w => ClassOf(clustering, w, 1)).Distinct());
        Assert.Single(Colours.Select(w => ClassOf(clustering, w, 1)).Distinct());
        Assert.NotEqual(ClassOf(clustering, "cat", 1), ClassOf(clustering, "red", 1));
        Assert.NotEqual(ClassOf(clustering, "cat", 1), ClassOf(clustering, "the", 1));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Cluster_WordBelowExchangeCount_IsPlacedWithItsContextMates(bool bidirectional)
    {
        var clustering = Cluster(Corpus(), bidirectional: bidirectional);

        Assert.Equal(ClassOf(clustering, "cat", 1), ClassOf(clustering, "hamster", 1));
    }

    [Fact]
    public void Cluster_WordAbsentFromCorpus_TakesItsCaseFallbacksClasses()
    {
        var corpus = Corpus();

        var clustering = ExchangeClusterer.Cluster(corpus, corpus.Words.Append("DOG"), [3, 7], new ExchangeClusterOptions { MinExchangeCount = 10 });

        Assert.Equal(0, clustering.Counts[clustering.Words.ToList().IndexOf("DOG")]);
        Assert.Equal(ClassOf(clustering, "dog", 0), ClassOf(clustering, "DOG", 0));
        Assert.Equal(ClassOf(clustering, "dog", 1), ClassOf(clustering, "DOG", 1));
    }

    [Fact]
    public void Cluster_CoarseLevel_NestsTheFinerClasses()
    {
        var clustering = Cluster(Corpus());

        var coarseOfFine = new Dictionary<int, int>();
        for (var w = 0; w < clustering.Words.Count; w++)
        {
            var fine = clustering.ClassesAt(1)[w];
            var coarse = clustering.ClassesAt(0)[w];
            Assert.Equal(coarseOfFine.TryAdd(fine, coarse) ? coarse : coarseOfFine[fine], coarse);
            Assert.InRange(coarse, 0, 2);
            Assert.InRange(fine, 0, 6);
        }
    }

    [Fact]
    public void Cluster_SameInputAnyThreadCount_GivesIdenticalClasses()
    {
        var corpus = Corpus();
        var first = Cluster(corpus, threads: 1);
        var second = Cluster(corpus, threads: 2);

        Assert.Equal(first.Words, second.Words);
        for (var level = 0; level < 2; level++)
        {
            Assert.Equal(first.ClassesAt(level).ToArray(), second.ClassesAt(level).ToArray());
        }
    }

    [Fact]
    public void ToWordClusters_HoldsEveryWordWithItsClasses()
    {
        var clustering = Cluster(Corpus());

        var table = clustering.ToWordClusters();

        Assert.Equal(clustering.Words.Count, table.WordCount);
        Assert.Equal([3, 7], table.LevelSizes.ToArray());
        Assert.True(table.TryGetExact("dog", out var ids));
        Assert.Equal(ClassOf(clustering, "dog", 0), ids[0]);
        Assert.Equal(ClassOf(clustering, "dog", 1), ids[1]);
    }
}
