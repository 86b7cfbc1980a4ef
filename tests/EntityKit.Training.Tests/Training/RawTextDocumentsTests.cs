using EntityKit.Corpora;
using EntityKit.Recognition;
using EntityKit.Tests.TestSupport;
using EntityKit.Text;
using EntityKit.Training;

namespace EntityKit.Tests.Training;

public class RawTextDocumentsTests
{
    [Fact]
    public void Create_ToyDocument_ProjectsGoldEntitiesOntoOurTokens()
    {
        var preparer = new RawTextDocuments(new EnglishTokenizer(), new SentenceSplitter(), BilouLabelSet.OntoNotes);

        var document = preparer.Create(ToyCorpus.Documents()[0]);

        var names = LabelSpanScorer.Spans(document.GoldLabels, document.Sentences)
            .OrderBy(s => s.First)
            .Select(s => (document.Text[document.Tokens[s.First].Start..document.Tokens[s.End - 1].End], BilouLabelSet.OntoNotes.Types[s.Type].Name))
            .ToList();
        Assert.Equal(("Alvo Brenn", "PERSON"), names[0]);
        Assert.Contains(("Qatlan", "GPE"), names);
        Assert.Contains(("Tuesday", "DATE"), names);
        Assert.Equal(0, preparer.DroppedEntities);
        Assert.True(BilouLabelSet.OntoNotes.IsValidSequence(document.GoldLabels));
    }

    [SharedDataFact("ontonotes5", "dev.bio")]
    public void Create_OntoNotesDev_KeepsNearlyEveryEntityExact()
    {
        var preparer = new RawTextDocuments(new EnglishTokenizer(), new SentenceSplitter(), BilouLabelSet.OntoNotes);
        var entities = 0;
        foreach (var document in BioReader.ReadFile(SharedData.OntoNotesDev!))
        {
            entities += document.Sentences.Sum(s => s.GetSpans().Count);
            var prepared = preparer.Create(document);
            foreach (var sentence in prepared.Sentences)
            {
                Assert.True(BilouLabelSet.OntoNotes.IsValidSequence(prepared.GoldLabels.AsSpan(sentence.FirstToken, sentence.TokenCount)));
            }
        }

        Assert.True(preparer.DroppedEntities + preparer.InexactEntities < entities / 100,
            $"{preparer.DroppedEntities} dropped and {preparer.InexactEntities} inexact of {entities} entities");
    }
}
