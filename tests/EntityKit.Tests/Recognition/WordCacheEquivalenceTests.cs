using EntityKit.Models.English;
using EntityKit.Recognition;
using EntityKit.Tests.Articles;
using EntityKit.Text;

namespace EntityKit.Tests.Recognition;

/// <summary>
/// Recognition caches, per word, the scores of its own features and of the features it lends its neighbours; a
/// sentence too long for the cache is scored feature by feature instead. Both must label exactly alike.
/// </summary>
public sealed class WordCacheEquivalenceTests
{
    [Fact]
    public void LabelDocument_CachedAndFeatureByFeatureScoring_GiveTheSameLabels()
    {
        var model = EnglishModel.Default;
        var uncached = new NerModel(model.Labels, model.Extractor, model.Emissions, model.Transitions, model.Scale, model.Confidence, model.Description)
        {
            WordCacheSentenceLimit = 0,
        };
        var text = SeedArticle.Text;
        var tokens = new EnglishTokenizer().Tokenize(text);
        var sentenceList = new List<Sentence>();
        new SentenceSplitter().Split(text, tokens, sentenceList);
        var sentences = sentenceList.ToArray();
        var cachedLabels = new int[tokens.Length];
        var uncachedLabels = new int[tokens.Length];

        model.LabelDocument(text, tokens, sentences, cachedLabels);
        model.LabelDocument(text, tokens, sentences, cachedLabels); // again, with every word already in the cache
        uncached.LabelDocument(text, tokens, sentences, uncachedLabels);

        Assert.Contains(cachedLabels, label => label != 0);
        Assert.Equal(cachedLabels, uncachedLabels);
    }

    [Fact]
    public void LabelDocument_MoreWordsThanTheCacheHolds_GivesTheSameLabelsAsFeatureByFeatureScoring()
    {
        var model = EnglishModel.Default;
        var uncached = new NerModel(model.Labels, model.Extractor, model.Emissions, model.Transitions, model.Scale, model.Confidence, model.Description)
        {
            WordCacheSentenceLimit = 0,
        };
        // Far more distinct words than the cache's slots, in sentences that repeat some of them, so that words are
        // given up and scored again while the labels must not change.
        var random = new Random(5);
        var names = new[] { "Mr. Halvorsen", "Ostrava", "Kremlin", "the Ministry of Finance", "Tuesday", "$4 million" };
        var sentences = Enumerable.Range(0, 900).Select(s =>
            $"{names[s % names.Length]} said {string.Join(' ', Enumerable.Range(0, 9).Select(_ => $"w{random.Next(12_000)}x"))} in {names[(s + 3) % names.Length]}.");
        var text = string.Join(' ', sentences);
        var tokens = new EnglishTokenizer().Tokenize(text);
        var sentenceList = new List<Sentence>();
        new SentenceSplitter().Split(text, tokens, sentenceList);
        var split = sentenceList.ToArray();
        var cachedLabels = new int[tokens.Length];
        var uncachedLabels = new int[tokens.Length];

        model.LabelDocument(text, tokens, split, cachedLabels);
        uncached.LabelDocument(text, tokens, split, uncachedLabels);

        Assert.True(tokens.Length > 3 * FeatureWorkspace.WordCacheCapacity);
        Assert.Contains(cachedLabels, label => label != 0);
        Assert.Equal(cachedLabels, uncachedLabels);
    }
}
