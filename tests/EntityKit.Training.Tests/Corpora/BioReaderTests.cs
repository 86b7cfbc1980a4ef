using EntityKit.Corpora;

namespace EntityKit.Tests.Corpora;

public sealed class BioReaderTests
{
    private const string TwoDocuments =
        "-DOCSTART-\n\nThe\tB-ORG\nUnited\tI-ORG\nNations\tI-ORG\nmet\tO\n.\tO\n\nIt\tO\nrained\tO\n\n" +
        "-DOCSTART-\n\nParis\tB-GPE\nand\tO\nLyon\tB-GPE\n";

    [Fact]
    public void Read_SplitsDocumentsAndSentences()
    {
        var documents = BioReader.Read(new StringReader(TwoDocuments), "fixture").ToList();

        Assert.Equal(2, documents.Count);
        Assert.Equal(2, documents[0].Sentences.Length);
        Assert.Equal(new[] { "Paris", "and", "Lyon" }, documents[1].Sentences[0].Tokens.ToArray());
        Assert.Equal(7, documents[0].TokenCount);
    }

    [Fact]
    public void GetSpans_ReadsBioTagsAsTokenRanges()
    {
        var sentence = BioReader.Read(new StringReader(TwoDocuments), "fixture").First().Sentences[0];
        Assert.Equal([new BioSpan(0, 3, "ORG")], sentence.GetSpans());
    }

    [Fact]
    public void GetSpans_InsideWithoutBegin_StartsNewEntity()
    {
        var sentence = new BioSentence(["a", "b", "c", "d"], ["I-PERSON", "I-PERSON", "I-GPE", "B-GPE"]);
        Assert.Equal([new BioSpan(0, 2, "PERSON"), new BioSpan(2, 1, "GPE"), new BioSpan(3, 1, "GPE")], sentence.GetSpans());
    }

    [Theory]
    [InlineData("word\n", 1)]
    [InlineData("ok\tO\nword\tX-PER\n", 2)]
    [InlineData("ok\tO\n\tO\n", 2)]
    public void Read_MalformedLine_ThrowsWithSourceAndLine(string content, int line)
    {
        var error = Assert.Throws<BioFormatException>(() => BioReader.Read(new StringReader(content), "bad.bio").ToList());
        Assert.Equal(line, error.Line);
        Assert.StartsWith($"bad.bio:{line}:", error.Message);
    }

    [Fact]
    public void ReadFile_MissingFile_ThrowsFileNotFound() =>
        Assert.Throws<FileNotFoundException>(() => BioReader.ReadFile("/nonexistent/file.bio"));
}
