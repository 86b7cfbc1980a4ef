using EntityKit.Recognition;

namespace EntityKit.Tests.Fakes;

/// <summary>A test double: tags every token equal to one of the given words (or word sequences) with a type.</summary>
internal sealed class WordListRecognizer(string name, EntityType type, params string[] phrases) : IMentionRecognizer
{
    public string Name => name;

    /// <summary>The source the spans are reported under (a dictionary unless a test stands in for a model).</summary>
    public MentionSource Source { get; init; } = MentionSource.Dictionary;

    public Func<string, bool>? FailWhen { get; init; }

    public void Recognize(in RecognitionInput input, List<RecognizedSpan> mentions, CancellationToken cancellationToken)
    {
        if (FailWhen?.Invoke(input.Text.ToString()) == true)
        {
            throw new InvalidOperationException("recognizer failed on purpose");
        }

        var i = 0;
        while (i < input.Tokens.Length)
        {
            var matched = 0;
            foreach (var phrase in phrases)
            {
                var words = phrase.Split(' ');
                if (i + words.Length <= input.Tokens.Length && words.Length > matched && Matches(input, i, words))
                {
                    matched = words.Length;
                }
            }

            if (matched > 0)
            {
                mentions.Add(new RecognizedSpan(i, matched, type, 0.9f));
                i += matched;
            }
            else
            {
                i++;
            }
        }
    }

    private static bool Matches(in RecognitionInput input, int first, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (!input.Tokens[first + k].GetText(input.Text).SequenceEqual(words[k]))
            {
                return false;
            }
        }

        return true;
    }
}
