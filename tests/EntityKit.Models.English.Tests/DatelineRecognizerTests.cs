using EntityKit.Recognition;
using EntityKit.Text;

namespace EntityKit.Models.English.Tests;

public class DatelineRecognizerTests
{
    private static List<string> Recognize(string text)
    {
        var tokens = new List<TokenInfo>();
        new EnglishTokenizer().Tokenize(text, tokens);
        var sentences = new List<Sentence>();
        new SentenceSplitter().Split(text, tokens.ToArray(), sentences);
        var spans = new List<RecognizedSpan>();
        new DatelineRecognizer().Recognize(new RecognitionInput(text, tokens.ToArray(), sentences.ToArray()), spans, CancellationToken.None);
        return [.. spans.Select(s => $"{text[tokens[s.FirstToken].Start..tokens[s.EndToken - 1].End]}/{s.Type.Name}")];
    }

    [Theory]
    [InlineData("LONDON — Britain's prime minister spoke.", new[] { "LONDON/GPE" })]
    [InlineData("WASHINGTON (Reuters) - The Senate voted.", new[] { "WASHINGTON/GPE", "Reuters/ORG" })]
    [InlineData("KYIV, Ukraine (AP) — Sirens sounded.", new[] { "KYIV/GPE", "Ukraine/GPE", "AP/ORG" })]
    [InlineData("SAN FRANCISCO -- Tech shares fell.", new[] { "SAN FRANCISCO/GPE" })]
    [InlineData("Markets rose.\nBEIRUT — Strikes hit the south.", new[] { "BEIRUT/GPE" })]
    public void Recognize_DatelineAtLineStart_FindsPlaceRegionAndAgency(string text, string[] expected)
    {
        Assert.Equal(expected, Recognize(text));
    }

    [Theory]
    [InlineData("BREAKING — Markets fall.")]
    [InlineData("The talks in LONDON — as planned — went on.")]
    [InlineData("LONDON is expensive.")]
    [InlineData("NATO and the EU met.")]
    public void Recognize_NoDateline_AddsNothing(string text)
    {
        Assert.Empty(Recognize(text));
    }
}
