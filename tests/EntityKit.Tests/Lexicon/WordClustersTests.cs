using EntityKit.Lexicon;

namespace EntityKit.Tests.Lexicon;

public sealed class WordClustersTests
{
    private static readonly int[] Levels = [4, 16, 64];

    private static WordClusters Sample() => WordClusters.Create(Levels,
    [
        Entry("Paris", 1, 5, 21),
        Entry("paris", 2, 9, 37),
        Entry("Reuters", 3, 12, 50),
        Entry("apple", 0, 2, 8),
        Entry("Apple", 3, 13, 53),
        Entry("über", 1, 6, 25),
        Entry("états-unis", 1, 7, 30),
    ]);

    private static KeyValuePair<string, ClusterIds> Entry(string word, params int[] ids) => new(word, new ClusterIds(ids));

    public static TheoryData<string, string?> Lookups => new()
    {
        { "Paris", "Paris" },          // exact case wins over the lower-case entry
        { "paris", "paris" },
        { "PARIS", "Paris" },          // all capitals: title case before lower case
        { "REUTERS", "Reuters" },
        { "APPLE", "Apple" },
        { "ApPlE", "apple" },          // mixed case: lower-case fallback
        { "Über", "über" },            // non-ASCII lower-casing
        { "ÉTATS-UNIS", "états-unis" }, // title case "États-unis" is absent, lower case found
        { "reuters", null },           // no upper-casing fallback
        { "Berlin", null },
        { "", null },
    };

    [Theory]
    [MemberData(nameof(Lookups))]
    public void TryGetClusters_CaseFallbacks_FindTheExpectedEntry(string word, string? expectedEntry)
    {
        var clusters = Sample();

        var found = clusters.TryGetClusters(word, out var ids);

        Assert.Equal(expectedEntry is not null, found);
        if (expectedEntry is not null)
        {
            Assert.True(clusters.TryGetExact(expectedEntry, out var expected));
            Assert.Equal(expected, ids);
        }
    }

    [Fact]
    public void TryGetExact_DifferentCase_IsNotFound()
    {
        Assert.False(Sample().TryGetExact("PARIS", out _));
    }

    [Fact]
    public void SaveThenLoad_RoundTrip_KeepsWordsLevelsAndIds()
    {
        var original = Sample();
        using var stream = new MemoryStream();
        original.Save(stream);
        stream.Position = 0;

        var loaded = WordClusters.Load(stream);

        Assert.Equal(Levels, loaded.LevelSizes.ToArray());
        Assert.Equal(original.WordCount, loaded.WordCount);
        foreach (var word in original.Words)
        {
            Assert.True(original.TryGetExact(word, out var expected));
            Assert.True(loaded.TryGetExact(word, out var actual));
            Assert.Equal(expected, actual);
            Assert.Equal(Levels.Length, actual.Count);
        }
    }

    [Fact]
    public void Save_SameTableTwice_WritesIdenticalBytes()
    {
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        Sample().Save(first);
        WordClusters.Create(Levels, Sample().Words.Reverse().Select(w => { Sample().TryGetExact(w, out var ids); return new KeyValuePair<string, ClusterIds>(w, ids); })).Save(second);

        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public void Load_WrongMagic_ThrowsInvalidData()
    {
        using var stream = new MemoryStream("NOPE\u0001\0\0\0"u8.ToArray());

        Assert.Throws<InvalidDataException>(() => WordClusters.Load(stream));
    }

    [Fact]
    public void Load_FutureVersion_ThrowsInvalidData()
    {
        using var stream = new MemoryStream();
        Sample().Save(stream);
        var bytes = stream.ToArray();
        bytes[4] = 99;

        Assert.Throws<InvalidDataException>(() => WordClusters.Load(new MemoryStream(bytes)));
    }

    [Fact]
    public void Create_IdBeyondLevelSize_Throws()
    {
        Assert.Throws<ArgumentException>(() => WordClusters.Create(Levels, [Entry("x", 4, 0, 0)]));
    }

    [Fact]
    public void Create_DuplicateWord_Throws()
    {
        Assert.Throws<ArgumentException>(() => WordClusters.Create(Levels, [Entry("x", 0, 0, 0), Entry("x", 1, 1, 1)]));
    }

    [Fact]
    public void Create_WrongNumberOfIds_Throws()
    {
        Assert.Throws<ArgumentException>(() => WordClusters.Create(Levels, [Entry("x", 0, 0)]));
    }

    [Fact]
    public void ClusterIds_Indexer_ReturnsEachLevelCoarsestFirst()
    {
        var ids = new ClusterIds([3, 300, 3000, 65535]);

        Assert.Equal(4, ids.Count);
        Assert.Equal([3, 300, 3000, 65535], Enumerable.Range(0, 4).Select(i => ids[i]));
        Assert.Equal("3/300/3000/65535", ids.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => ids[4]);
    }

    [Fact]
    public void ClusterIds_SixLevels_KeepsEveryLevel()
    {
        var ids = new ClusterIds([1, 2, 3, 4, 5, 65535]);

        Assert.Equal([1, 2, 3, 4, 5, 65535], Enumerable.Range(0, 6).Select(i => ids[i]));
        Assert.Throws<ArgumentException>(() => new ClusterIds([1, 2, 3, 4, 5, 6, 7]));
    }

    [Fact]
    public void Concatenate_SecondClustering_AppendsItsLevelsAndGivesMissingWordsAnExtraCluster()
    {
        var second = WordClusters.Create([3], [Entry("Paris", 2), Entry("apple", 0), Entry("Berlin", 1)]);

        var joined = WordClusters.Concatenate(Sample(), second);

        Assert.Equal([4, 16, 64, 4], joined.LevelSizes.ToArray());
        Assert.Equal(Sample().WordCount, joined.WordCount);
        Assert.True(joined.TryGetExact("Paris", out var paris));
        Assert.Equal(new ClusterIds([1, 5, 21, 2]), paris);
        Assert.True(joined.TryGetExact("Reuters", out var reuters));
        Assert.Equal(new ClusterIds([3, 12, 50, 3]), reuters);
        Assert.False(joined.TryGetExact("Berlin", out _));
    }

    [Fact]
    public void Concatenate_TooManyLevels_ThrowsNamingTheLevelCounts()
    {
        var four = WordClusters.Create([2, 4, 8, 16], [Entry("a", 1, 3, 7, 15)]);

        var error = Assert.Throws<ArgumentException>(() => WordClusters.Concatenate(four, Sample()));

        Assert.Contains("4 + 3 levels", error.Message);
    }

    [Fact]
    public void TryGetClusters_RepeatedLookups_AllocateNothing()
    {
        var clusters = Sample();
        clusters.TryGetClusters("PARIS", out _);
        var before = GC.GetAllocatedBytesForCurrentThread();

        for (var i = 0; i < 1000; i++)
        {
            clusters.TryGetClusters("PARIS", out _);
            clusters.TryGetClusters("ApPlE", out _);
            clusters.TryGetClusters("Berlin", out _);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }
}
