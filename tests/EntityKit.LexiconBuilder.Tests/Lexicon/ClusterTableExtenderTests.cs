using EntityKit.Lexicon;
using EntityKit.Training.Lexicon;

namespace EntityKit.Tests.Lexicon.Training;

public sealed class ClusterTableExtenderTests
{
    // Two directions: town names along x, person names along y. "Qaim" and "Hussaini" are not in the tables.
    private const string Vectors = """
        6 2
        Basra 1 0.05
        Mosul 1 0.1
        Ahmed 0.05 1
        Fatima 0.1 1
        Qaim 1 0.02
        Hussaini 0.03 1
        """;

    private static readonly WordClusters Towns = WordClusters.Create([2, 4], [
        new("Basra", new ClusterIds([0, 1])), new("Mosul", new ClusterIds([0, 1])),
        new("Ahmed", new ClusterIds([1, 3])), new("Fatima", new ClusterIds([1, 2]))]);

    private static readonly WordClusters Exchange = WordClusters.Create([8], [
        new("Basra", new ClusterIds([5])), new("Mosul", new ClusterIds([6])),
        new("Ahmed", new ClusterIds([7])), new("Fatima", new ClusterIds([4]))]);

    private static WordVectors Read(string text) => WordVectorsTextReader.Read(new StringReader(text), "test.vec");

    private static ClusterIds Ids(WordClusters table, string word) => table.TryGetExact(word, out var ids) ? ids : throw new KeyNotFoundException(word);

    [Fact]
    public void Extend_NewWord_InheritsTheClustersOfItsNearestTableWord()
    {
        var extended = ClusterTableExtender.Extend([Towns], Read(Vectors), new ClusterExtensionOptions { Buckets = 2, Threads = 1 });

        Assert.Equal(Ids(Towns, "Basra"), Ids(extended[0], "Qaim"));
        Assert.Equal(Ids(Towns, "Ahmed"), Ids(extended[0], "Hussaini"));
    }

    [Fact]
    public void Extend_SeveralTables_UsesTheSameNeighbourInEach()
    {
        var extended = ClusterTableExtender.Extend([Towns, Exchange], Read(Vectors), new ClusterExtensionOptions { Buckets = 2, Threads = 1 });

        Assert.Equal(6, extended[0].WordCount);
        Assert.Equal(6, extended[1].WordCount);
        Assert.Equal(Ids(Exchange, "Basra"), Ids(extended[1], "Qaim"));
        Assert.Equal(Ids(Exchange, "Ahmed"), Ids(extended[1], "Hussaini"));
        Assert.Equal([8], extended[1].LevelSizes.ToArray());
    }

    [Fact]
    public void Extend_TableWords_KeepTheirOwnClusters()
    {
        var extended = ClusterTableExtender.Extend([Towns], Read(Vectors), new ClusterExtensionOptions { Buckets = 1, Threads = 1 });

        foreach (var word in Towns.Words)
        {
            Assert.Equal(Ids(Towns, word), Ids(extended[0], word));
        }
    }

    [Fact]
    public void Extend_NoTableWordSimilarEnough_LeavesTheWordOut()
    {
        var vectors = Read(Vectors + "\nNowhere -1 -1");

        var extended = ClusterTableExtender.Extend([Towns], vectors, new ClusterExtensionOptions { Buckets = 2, Threads = 1, MinSimilarity = 0.5f });

        Assert.False(extended[0].TryGetExact("Nowhere", out _));
        Assert.True(extended[0].TryGetExact("Qaim", out _));
    }

    [Fact]
    public void Extend_CaseVariantOfATableWord_GetsItsOwnNeighbour()
    {
        var vectors = Read(Vectors + "\nBASRA 0.05 1");

        var extended = ClusterTableExtender.Extend([Towns], vectors, new ClusterExtensionOptions { Buckets = 2, Threads = 1 });

        Assert.Equal(Ids(Towns, "Ahmed"), Ids(extended[0], "BASRA"));
    }

    [Fact]
    public void Extend_NoTableWordHasAVector_AddsNothing()
    {
        var vectors = Read("2 2\nQaim 1 0.02\nHussaini 0.03 1");

        var extended = ClusterTableExtender.Extend([Towns], vectors, new ClusterExtensionOptions { Buckets = 2, Threads = 1 });

        Assert.Equal(Towns.WordCount, extended[0].WordCount);
        Assert.False(extended[0].TryGetExact("Qaim", out _));
    }

    [Fact]
    public void Extend_AnyThreadCount_GivesTheSameTable()
    {
        var one = ClusterTableExtender.Extend([Towns], Read(Vectors), new ClusterExtensionOptions { Buckets = 2, Threads = 1 })[0];
        var two = ClusterTableExtender.Extend([Towns], Read(Vectors), new ClusterExtensionOptions { Buckets = 2, Threads = 2 })[0];

        Assert.Equal(one.Words.Order(StringComparer.Ordinal), two.Words.Order(StringComparer.Ordinal));
        foreach (var word in one.Words)
        {
            Assert.Equal(Ids(one, word), Ids(two, word));
        }
    }
}
