using EntityKit.Corpora;
using EntityKit.Tests.TestSupport;

namespace EntityKit.Tests.Corpora;

public sealed class BioDetokenizerCorpusTests
{
    [SharedDataFact("ontonotes5", "dev.bio")]
    public void Detokenize_OntoNotesDev_EveryTokenSentenceAndEntityLandsOnItsText()
    {
        var detokenizer = new BioDetokenizer();
        var documents = 0;
        foreach (var document in BioReader.ReadFile(SharedData.OntoNotesDev!))
        {
            var result = detokenizer.Detokenize(document);
            var index = 0;
            foreach (var sentence in document.Sentences)
            {
                for (var i = 0; i < sentence.Tokens.Length; i++, index++)
                {
                    var next = i + 1 < sentence.Tokens.Length ? sentence.Tokens[i + 1] : null;
                    Assert.Equal(BioDetokenizer.NaturalForm(sentence.Tokens[i], next), result.TokenText(index).ToString());
                    Assert.True(index == 0 || result.TokenOffsets[index].Start >= result.TokenOffsets[index - 1].End);
                }
            }

            foreach (var entity in result.Entities)
            {
                Assert.Equal(result.TokenOffsets[entity.FirstToken].Start, entity.Start);
                Assert.Equal(result.TokenOffsets[entity.FirstToken + entity.TokenCount - 1].End, entity.End);
            }

            Assert.Equal(document.Sentences.Sum(s => s.GetSpans().Count), result.Entities.Length);
            documents++;
        }

        Assert.True(documents > 0);
    }
}
