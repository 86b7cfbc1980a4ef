using EntityKit.Recognition;

namespace EntityKit.Pipeline;

/// <summary>
/// Merges the mentions of the recognizer layers. Layers are applied in the order the analyzer was built with; a span
/// of a later layer that overlaps a span already accepted is dropped, so earlier layers take precedence. A later span
/// with the same tokens and type as an accepted one that has no entry id (a dictionary entry naming what the model
/// found) gives it its id.
/// </summary>
internal static class MentionLayering
{
    /// <summary>Adds the spans of one layer that do not overlap <paramref name="accepted"/>, keeping it sorted by token.</summary>
    public static void AddLayer(List<RecognizedSpan> accepted, List<RecognizedSpan> layer, int tokenCount, IMentionRecognizer recognizer)
    {
        foreach (var span in layer)
        {
            if (span.TokenCount <= 0 || span.FirstToken < 0 || span.EndToken > tokenCount)
            {
                throw new InvalidOperationException(
                    $"Recognizer '{recognizer.Name}' reported tokens [{span.FirstToken}, {span.EndToken}) outside the article's {tokenCount} tokens.");
            }

            var index = LowerBound(accepted, span.FirstToken);
            var overlapsPrevious = index > 0 && accepted[index - 1].EndToken > span.FirstToken;
            var overlapsNext = index < accepted.Count && accepted[index].FirstToken < span.EndToken;
            if (!overlapsPrevious && !overlapsNext)
            {
                accepted.Insert(index, span with { Source = recognizer.Source });
            }
            else if (span.EntryId is not null && index < accepted.Count && IsSameMentionWithoutId(accepted[index], span))
            {
                accepted[index] = accepted[index] with { EntryId = span.EntryId };
            }
        }
    }

    private static bool IsSameMentionWithoutId(RecognizedSpan accepted, RecognizedSpan span) =>
        accepted.EntryId is null && accepted.FirstToken == span.FirstToken && accepted.TokenCount == span.TokenCount
        && accepted.Type == span.Type;

    private static int LowerBound(List<RecognizedSpan> spans, int firstToken)
    {
        int low = 0, high = spans.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (spans[mid].FirstToken < firstToken)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
