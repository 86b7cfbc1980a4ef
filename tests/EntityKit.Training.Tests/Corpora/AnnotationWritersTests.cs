using EntityKit.Corpora;
using EntityKit.Text;

namespace EntityKit.Tests.Corpora;

public class AnnotationWritersTests
{
    private const string Jsonl = """
        {"id": "a", "text": "Shares of Zekro Labs (NASDAQ: ZKRO) rose 4% in Chicago on Monday.", "spans": [{"start": 10, "end": 20, "type": "ORG"}, {"start": 30, "end": 34, "type": "TICKER"}, {"start": 47, "end": 54, "type": "GPE"}]}
        {"id": "b", "text": "Anna Kovacs left. She joined Velmora Networks.", "spans": [{"start": 0, "end": 11, "type": "PERSON"}, {"start": 29, "end": 45, "type": "ORG"}]}
        {"text": "Nothing to see here."}
        """;

    [Fact]
    public void JsonlToBioToJsonl_KeepsTextsSpansAndTypes()
    {
        var reader = new SpanAnnotationReader(new EnglishTokenizer(), new SentenceSplitter());
        var original = reader.Read(new StringReader(Jsonl), "in.jsonl").Texts;
        var bio = new StringWriter();
        foreach (var text in original)
        {
            BioWriter.Write(bio, text);
        }

        var jsonl = new StringWriter();
        var detokenizer = new BioDetokenizer();
        foreach (var document in BioReader.Read(new StringReader(bio.ToString()), "mid.bio"))
        {
            SpanAnnotationWriter.Write(jsonl, original[document.Index].Id, detokenizer.Detokenize(document));
        }

        var result = reader.Read(new StringReader(jsonl.ToString()), "out.jsonl");
        Assert.Empty(result.Errors);
        Assert.Equal(original.Select(t => t.Id), result.Texts.Select(t => t.Id));
        Assert.Equal(original.Select(t => t.Text), result.Texts.Select(t => t.Text));
        Assert.Equal(original.Select(t => t.Spans.ToArray()), result.Texts.Select(t => t.Spans.ToArray()));
    }

    [Fact]
    public void JsonlToBioToJsonl_SpacingBioCannotRecord_ComesBackAsTheDetokenizerPrintsIt()
    {
        var reader = new SpanAnnotationReader(new EnglishTokenizer(), new SentenceSplitter());
        var original = Assert.Single(reader.Read(new StringReader("""{"text": "Funds sold $ZKRO.", "spans": [{"start": 11, "end": 16, "type": "TICKER"}]}"""), "in.jsonl").Texts);
        var bio = new StringWriter();
        BioWriter.Write(bio, original);
        var jsonl = new StringWriter();

        SpanAnnotationWriter.Write(jsonl, null, new BioDetokenizer().Detokenize(BioReader.Read(new StringReader(bio.ToString()), "mid.bio").Single()));

        var back = Assert.Single(reader.Read(new StringReader(jsonl.ToString()), "out.jsonl").Texts);
        Assert.Equal("Funds sold $ ZKRO.", back.Text);
        var span = Assert.Single(back.Spans);
        Assert.Equal(("$ ZKRO", "TICKER"), (back.Text[span.Start..span.End], span.Type.Name));
    }

    [Fact]
    public void BioWriter_WritesOneDocumentPerTextAndOneBlockPerSentence()
    {
        var reader = new SpanAnnotationReader(new EnglishTokenizer(), new SentenceSplitter());
        var text = reader.Read(new StringReader(Jsonl), "in.jsonl").Texts[1];
        var bio = new StringWriter();

        BioWriter.Write(bio, text);

        Assert.Equal(
            "-DOCSTART-\tO\n\nAnna\tB-PERSON\nKovacs\tI-PERSON\nleft\tO\n.\tO\n\nShe\tO\njoined\tO\nVelmora\tB-ORG\nNetworks\tI-ORG\n.\tO\n\n",
            bio.ToString());
    }

    [Fact]
    public void SpanAnnotationWriter_WritesOneLineWithoutEscapingLetters()
    {
        var output = new StringWriter();

        SpanAnnotationWriter.Write(output, null, "Zürich", [new AnnotatedSpan(0, 6, EntityType.Gpe)]);

        Assert.Equal("{\"text\":\"Zürich\",\"spans\":[{\"start\":0,\"end\":6,\"type\":\"GPE\"}]}\n", output.ToString());
    }
}
