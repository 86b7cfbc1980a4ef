using EntityKit.Corpora;
using EntityKit.Recognition;
using EntityKit.Text;
using EntityKit.Training;

namespace EntityKit.Tests.Corpora;

public class SpanAnnotationReaderTests
{
    private const string GoodLine = """{"id": "ok", "text": "Apple Inc. sold $AAPL.", "spans": [{"start": 0, "end": 10, "type": "ORG"}, {"start": 16, "end": 21, "type": "TICKER"}]}""";

    public static TheoryData<string, string> BadLines => new()
    {
        { """{"text": "Apple Inc. sold", "spans": [""", "not valid JSON" },
        { """["Apple"]""", "expected a JSON object" },
        { """{"spans": []}""", "\"text\" (a string) is missing" },
        { """{"text": "  "}""", "\"text\" is empty" },
        { """{"text": "Apple", "spans": {"start": 0}}""", "\"spans\" must be an array" },
        { """{"text": "Apple", "spans": [{"start": 0, "end": 9, "type": "ORG"}]}""", "span 1 [0, 9) is out of range: the text has 5 characters" },
        { """{"text": "Apple", "spans": [{"start": -1, "end": 3, "type": "ORG"}]}""", "span 1 [-1, 3) is out of range" },
        { """{"text": "Apple", "spans": [{"start": 2, "end": 2, "type": "ORG"}]}""", "span 1 [2, 2) is empty" },
        { """{"text": "Apple Inc.", "spans": [{"start": 0, "end": 10, "type": "ORG"}, {"start": 6, "end": 10, "type": "ORG"}]}""", "spans 1 [0, 10) 'Apple Inc.' (ORG) and 2 [6, 10) 'Inc.' (ORG) overlap" },
        { """{"text": "Apple Inc.", "spans": [{"start": 1, "end": 10, "type": "ORG"}]}""", "span 1 [1, 10) 'pple Inc.' (ORG) starts inside the token 'Apple'" },
        { """{"text": "Apple Inc.", "spans": [{"start": 0, "end": 3, "type": "ORG"}]}""", "span 1 [0, 3) 'App' (ORG) ends inside the token 'Apple'" },
        { """{"text": "Apple  Inc.", "spans": [{"start": 5, "end": 6, "type": "ORG"}]}""", "covers no token" },
        { """{"text": "Apple", "spans": [{"start": 0, "end": 5, "type": ""}]}""", "span 1: the type name is empty" },
        { """{"text": "Apple", "spans": [{"start": 0, "end": 5, "type": "STOCK TICKER"}]}""", "span 1: 'STOCK TICKER' is not a valid entity type name" },
        { """{"text": "Apple", "spans": [{"start": 0, "end": 5}]}""", "span 1: \"type\" (a string) is missing" },
        { """{"text": "Apple", "spans": [{"start": "0", "end": 5, "type": "ORG"}]}""", "span 1: \"start\" must be a whole number" },
        { """{"text": "Apple", "spans": [{"end": 5, "type": "ORG"}]}""", "span 1: \"start\" is missing" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public void Read_BadLine_ReportsFileLineAndProblemAndKeepsTheGoodLines(string badLine, string problem)
    {
        var result = Reader().Read(new StringReader(GoodLine + "\n\n" + badLine + "\n" + GoodLine + "\n"), "user.jsonl");

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains(problem, error.Problem);
        Assert.StartsWith("user.jsonl:3: ", error.ToString());
        Assert.Equal([1L, 4L], result.Texts.Select(t => t.LineNumber));
    }

    [Fact]
    public void Read_GoodLine_TokenizesAndLocatesEachSpan()
    {
        var text = Assert.Single(Reader().Read(new StringReader(GoodLine), "user.jsonl").Texts);

        Assert.Equal("ok", text.Id);
        Assert.Equal([EntityType.Organization, EntityType.FromName("TICKER")], text.Types);
        var covered = text.SpanTokens.Select(s => text.Text[text.Tokens[s.FirstToken].Start..text.Tokens[s.FirstToken + s.TokenCount - 1].End]);
        Assert.Equal(["Apple Inc.", "$AAPL"], covered);
    }

    [Fact]
    public void Read_NoSpansAndNumericId_IsAValidNegativeExample()
    {
        var text = Assert.Single(Reader().Read(new StringReader("""{"id": 17, "text": "Nothing happened."}"""), "user.jsonl").Texts);

        Assert.Equal("17", text.Id);
        Assert.Empty(text.Spans);
    }

    [Fact]
    public void Read_SpanAcrossASentenceBoundary_JoinsTheSentences()
    {
        const string line = """{"text": "He visited St. Louis. Then he left.", "spans": [{"start": 11, "end": 20, "type": "GPE"}]}""";
        var splitEverywhere = new SpanAnnotationReader(new EnglishTokenizer(), new EverySentenceEndsAtAPeriod());

        var text = Assert.Single(splitEverywhere.Read(new StringReader(line), "user.jsonl").Texts);

        var (first, count) = text.SpanTokens[0];
        Assert.Contains(text.Sentences, s => s.FirstToken <= first && first + count <= s.EndToken);
    }

    [Fact]
    public void ToTrainingDocument_EncodesSpansAsBilouOfTheGivenLabels()
    {
        var text = Assert.Single(Reader().Read(new StringReader(GoodLine), "user.jsonl").Texts);
        var labels = new BilouLabelSet([.. EntityType.OntoNotes, EntityType.FromName("TICKER")]);

        var document = text.ToTrainingDocument(labels);
        var withoutTicker = text.ToTrainingDocument(BilouLabelSet.OntoNotes);

        Assert.Equal(
            ["B-ORG", "L-ORG", "O", "B-TICKER", "L-TICKER", "O"],
            document.GoldLabels.Select(labels.NameOf));
        Assert.DoesNotContain(withoutTicker.GoldLabels, l => l != BilouLabelSet.Outside && BilouLabelSet.TypeIndexOf(l) != 3);
    }

    private static SpanAnnotationReader Reader() => new(new EnglishTokenizer(), new SentenceSplitter());

    /// <summary>A splitter that ends a sentence after every token ending in '.', abbreviations included.</summary>
    private sealed class EverySentenceEndsAtAPeriod : ISentenceSplitter
    {
        public void Split(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, List<Sentence> sentences)
        {
            var first = 0;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].GetText(text).EndsWith(".") || i == tokens.Length - 1)
                {
                    sentences.Add(new Sentence(tokens[first].Start, tokens[i].End, first, i - first + 1));
                    first = i + 1;
                }
            }
        }
    }
}
