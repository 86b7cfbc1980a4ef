using System.Collections.Immutable;
using EntityKit.Recognition;

namespace EntityKit.Tests.Fakes;

/// <summary>Reports given character spans as the token ranges that cover them exactly.</summary>
internal sealed class CharacterSpanRecognizer(ImmutableArray<(int Start, int End, EntityType Type)> spans) : IMentionRecognizer
{
    public string Name => "gold";

    public MentionSource Source => MentionSource.Dictionary;

    public void Recognize(in RecognitionInput input, List<RecognizedSpan> mentions, CancellationToken cancellationToken)
    {
        foreach (var (start, end, type) in spans)
        {
            var first = -1;
            var last = -1;
            for (var i = 0; i < input.Tokens.Length; i++)
            {
                if (input.Tokens[i].Start == start)
                {
                    first = i;
                }

                if (input.Tokens[i].End == end)
                {
                    last = i;
                }
            }

            Assert.True(first >= 0 && last >= first, $"gold span [{start}, {end}) does not align with tokens");
            mentions.Add(new RecognizedSpan(first, last - first + 1, type, 0.9f));
        }
    }
}
