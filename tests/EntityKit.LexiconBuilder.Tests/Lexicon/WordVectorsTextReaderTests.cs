using EntityKit.Training.Lexicon;

namespace EntityKit.Tests.Lexicon.Training;

public sealed class WordVectorsTextReaderTests
{
    [Fact]
    public void Read_FastTextText_GivesUnitRowsInFileOrder()
    {
        var vectors = WordVectorsTextReader.Read(new StringReader("2 2\nParis 3 4 \nLyon 0 -2\n"), "v.vec");

        Assert.Equal(["Paris", "Lyon"], vectors.Words);
        Assert.Equal(2, vectors.Dimensions);
        Assert.Equal([0.6f, 0.8f], vectors.Row(0).ToArray());
        Assert.Equal([0f, -1f], vectors.Row(1).ToArray());
        Assert.True(vectors.Counts[0] > vectors.Counts[1]);
    }

    [Fact]
    public void Read_RepeatedWord_KeepsTheFirstVector()
    {
        var vectors = WordVectorsTextReader.Read(new StringReader("2 1\nRome 1\nRome -1\n"), "v.vec");

        Assert.Equal(["Rome"], vectors.Words);
        Assert.Equal(1f, vectors.Row(0)[0]);
    }

    [Theory]
    [InlineData("", "v.vec:1: expected a header")]
    [InlineData("3\nParis 1\n", "v.vec:1: expected a header")]
    [InlineData("1 2\nParis 1\n", "v.vec:2: expected a word and 2 numbers, found 2 fields")]
    [InlineData("1 2\nParis 1 x\n", "v.vec:2: 'x' (value 2 of 'Paris') is not a finite number")]
    [InlineData("2 1\nParis 1\nLyon NaN\n", "v.vec:3: 'NaN' (value 1 of 'Lyon') is not a finite number")]
    public void Read_MalformedText_NamesTheLine(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => WordVectorsTextReader.Read(new StringReader(text), "v.vec"));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }
}
