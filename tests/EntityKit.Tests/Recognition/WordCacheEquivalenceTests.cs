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
}
