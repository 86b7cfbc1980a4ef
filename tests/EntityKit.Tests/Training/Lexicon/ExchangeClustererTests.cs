using EntityKit.Lexicon;
using EntityKit.Training.Lexicon;

namespace EntityKit.Tests.Training.Lexicon;

public sealed class ExchangeClustererTests
{
    private static readonly string[] Animals = ["cat", "dog", "horse", "goat"];
    private static readonly string[] Colours = ["red", "blue", "green", "yellow"];

    /// <summary>A synthetic corpus in which animals and colours each fill their own, interchangeable slots; "hamster" is rare.</summary>
    private static IndexedCorpus Corpus()
    {
        var random = new Random(11);
        var lines = new List<string>();
        for (var i = 0; i < 2000; i++)
        {
            var animal = Animals[random.Next(Animals.Length)];
            var colour = Colours[random.Next(Colours.Length)];
            lines.Add(random.Next(4) switch
            {
                0 => $"the {animal} sat on the mat .",
                1 => $"my {animal} ate the food .",
                2 => $"a {colour} car drove by .",
                _ => $"she painted it {colour} today .",
            });
        }

        lines.Add("the hamster sat on the mat .");
        lines.Add("my hamster ate the food .");
        lines.Add("the hamster sat on the mat .");
        return IndexedCorpus.Build(lines, TokenStringSplitters.English());
    }

    private static ExchangeClustering Cluster(IndexedCorpus corpus, int threads = 1) =>
        ExchangeClusterer.Cluster(corpus, corpus.Words, [4, 16], new ExchangeClusterOptions { MinExchangeCount = 10, Threads = threads });

    private static int ClassOf(ExchangeClustering clustering, string word, int level) =>
        clustering.ClassesAt(level)[clustering.Words.ToList().IndexOf(word)];

    [Fact]
    public void Cluster_InterchangeableWords_ShareTheirFinestClass()
    {
        var clustering = Cluster(Corpus());

        Assert.Single(Animals.Select(w => ClassOf(clustering, w, 1)).Distinct());
        Assert.Single(Colours.Select(w => ClassOf(clustering, w, 1)).Distinct());
        Assert.NotEqual(ClassOf(clustering, "cat", 1), ClassOf(clustering, "red", 1));
        Assert.NotEqual(ClassOf(clustering, "cat", 1), ClassOf(clustering, "the", 1));
    }

    [Fact]
    public void Cluster_WordBelowExchangeCount_IsPlacedWithItsContextMates()
    {
        var clustering = Cluster(Corpus());

        Assert.Equal(ClassOf(clustering, "cat", 1), ClassOf(clustering, "hamster", 1));
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
            Assert.InRange(coarse, 0, 3);
            Assert.InRange(fine, 0, 15);
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
        Assert.Equal([4, 16], table.LevelSizes.ToArray());
        Assert.True(table.TryGetExact("dog", out var ids));
        Assert.Equal(ClassOf(clustering, "dog", 0), ids[0]);
        Assert.Equal(ClassOf(clustering, "dog", 1), ids[1]);
    }
}
