using EntityKit.Lexicon;
using EntityKit.Training.Lexicon;

namespace EntityKit.Tests.Lexicon.Training;

public sealed class WordClusterTrainerTests
{
    private static readonly string[] Cities = ["Paris", "Berlin", "Madrid", "Rome", "Vienna", "Oslo"];
    private static readonly string[] Months = ["January", "February", "March", "April", "June", "July"];
    private static readonly string[] Verbs = ["visited", "toured", "left", "reached", "praised", "loved"];

    /// <summary>A synthetic corpus in which cities, months and verbs each fill their own slots of templates.</summary>
    private static IEnumerable<string> Corpus()
    {
        var random = new Random(7);
        for (var i = 0; i < 3000; i++)
        {
            var city = Cities[random.Next(Cities.Length)];
            var month = Months[random.Next(Months.Length)];
            var verb = Verbs[random.Next(Verbs.Length)];
            yield return random.Next(6) switch
            {
                0 => $"the mayor of {city} spoke .",
                1 => $"flights to {city} resumed .",
                2 => $"since {month} 2020 , prices rose .",
                3 => $"on 5 {month} 2021 the vote happened .",
                4 => $"she {verb} the plan .",
                _ => $"they {verb} the idea .",
            };
        }
    }

    private static WordClusters Train(VectorReduction reduction)
    {
        // A random projection needs more dimensions than a truncated SVD to keep the contexts apart.
        var dimensions = reduction == VectorReduction.Svd ? 16 : 96;
        var options = new ContextVectorOptions { MinCount = 5, ContextWords = 40, Dimensions = dimensions, Reduction = reduction, Threads = 1 };
        return WordClusterTrainer.Train(Corpus(), TokenStringSplitters.English(), options, [4, 8], iterations: 20).Clusters;
    }

    [Theory]
    [InlineData(VectorReduction.Svd)]
    [InlineData(VectorReduction.RandomProjection)]
    public void Train_TemplateCorpus_GroupsWordsThatShareContexts(VectorReduction reduction)
    {
        var clusters = Train(reduction);

        int Finest(string word)
        {
            Assert.True(clusters.TryGetExact(word, out var ids), word);
            return ids[^1];
        }

        Assert.Single(Cities.Select(Finest).Distinct());
        Assert.Single(Months.Select(Finest).Distinct());
        Assert.Single(Verbs.Select(Finest).Distinct());
        Assert.Equal(3, new[] { Finest("Paris"), Finest("March"), Finest("visited") }.Distinct().Count());
    }

    [Fact]
    public void Train_Levels_NestFineClustersInsideCoarseOnes()
    {
        var clusters = Train(VectorReduction.Svd);
        var parentOfFine = new Dictionary<int, int>();

        foreach (var word in clusters.Words)
        {
            clusters.TryGetExact(word, out var ids);
            Assert.Equal(ids[0], parentOfFine.GetValueOrDefault(ids[1], ids[0]));
            parentOfFine[ids[1]] = ids[0];
        }

        Assert.Equal([4, 8], clusters.LevelSizes.ToArray());
    }

    [Fact]
    public void Train_SameInput_IsDeterministic()
    {
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        Train(VectorReduction.Svd).Save(first);
        Train(VectorReduction.Svd).Save(second);

        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public void Train_RareWords_AreLeftOut()
    {
        var options = new ContextVectorOptions { MinCount = 5, ContextWords = 40, Dimensions = 16, Threads = 1 };
        var clusters = WordClusterTrainer.Train(Corpus().Append("a hapax appears once ."), TokenStringSplitters.English(), options, [3], iterations: 5).Clusters;

        Assert.False(clusters.TryGetExact("hapax", out _));
        Assert.True(clusters.TryGetExact("Paris", out _));
    }
}
