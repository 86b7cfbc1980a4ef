using System.Text.Json;

namespace EntityKit.Models.English.Accurate.Tests;

/// <summary>The .NET word pieces and case classes against the table ekencoder/wordpiece.py wrote (Fixtures/tiny-tagger/wordpiece-cases.tsv).</summary>
public sealed class WordPieceTokenizerTests
{
    public static TheoryData<string, string, int> Cases()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var line in File.ReadLines(Path.Combine(TinyTagger.Directory, "wordpiece-cases.tsv")))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            data.Add(JsonSerializer.Deserialize<string>(fields[0])!, fields[1], int.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture));
        }

        return data;
    }

    private static readonly WordPieceTokenizer Tokenizer = new(
        WordPieceVocabulary.Read(File.OpenRead(Path.Combine(TinyTagger.Directory, "vocab.txt")), "vocab.txt"));

    [Theory]
    [MemberData(nameof(Cases))]
    public void AddPieces_Token_MatchesTheTrainingTokenizer(string token, string expectedIds, int expectedCase)
    {
        var ids = new List<int>();
        Tokenizer.AddPieces(token, ids);

        Assert.Equal(expectedIds, string.Join(' ', ids));
        Assert.Equal(expectedCase, CaseClass.Of(token));
    }

    [Fact]
    public void Read_WindowsLineEnds_ReadsThePiecesWithoutCarriageReturns()
    {
        using var stream = new MemoryStream("[PAD]\r\n[UNK]\r\n[CLS]\r\n[SEP]\r\nthe\r\n"u8.ToArray());

        var vocabulary = WordPieceVocabulary.Read(stream, "vocab.txt");

        Assert.Equal(5, vocabulary.Count);
        Assert.Equal(2, vocabulary.Classify);
        Assert.True(vocabulary.TryGetId("the", out var id) && id == 4);
    }

    [Fact]
    public void Read_VocabularyWithoutClassifyPiece_NamesTheFileAndThePiece()
    {
        using var stream = new MemoryStream("[PAD]\n[UNK]\n[SEP]\nthe\n"u8.ToArray());

        var error = Assert.Throws<EntityKit.Recognition.ModelFormatException>(() => WordPieceVocabulary.Read(stream, "vocab.txt"));

        Assert.Contains("'vocab.txt'", error.Message);
        Assert.Contains("[CLS]", error.Message);
    }
}
