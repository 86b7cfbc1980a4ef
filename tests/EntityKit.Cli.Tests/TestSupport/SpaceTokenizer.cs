using EntityKit.Recognition;
using EntityKit.Text;

namespace EntityKit.Cli.Tests.TestSupport;

/// <summary>A test double for the library's batch plumbing: space-separated tokens, one sentence per text.</summary>
internal sealed class SpaceTokenizer : ITokenizer, ISentenceSplitter
{
    public void Tokenize(ReadOnlySpan<char> text, List<TokenInfo> tokens)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            var start = i;
            while (i < text.Length && text[i] != ' ')
            {
                i++;
            }

            if (i > start)
            {
                tokens.Add(new TokenInfo(start, i - start, TokenKind.Word, start > 0 ? TokenFlags.SpaceBefore : TokenFlags.None));
            }
        }
    }

    public void Split(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, List<Sentence> sentences)
    {
        if (tokens.Length > 0)
        {
            sentences.Add(new Sentence(tokens[0].Start, tokens[^1].End, 0, tokens.Length));
        }
    }
}

/// <summary>A recognizer that fails on any text containing "BOOM", to test per-article error isolation.</summary>
internal sealed class ExplodingRecognizer : IMentionRecognizer
{
    public string Name => "exploding";

    public MentionSource Source => MentionSource.Pattern;

    public void Recognize(in RecognitionInput input, List<RecognizedSpan> mentions, CancellationToken cancellationToken)
    {
        if (input.Text.Contains("BOOM", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("the recognizer exploded");
        }
    }
}
