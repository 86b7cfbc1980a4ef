using EntityKit.Recognition;

namespace EntityKit.Tests.Recognition;

/// <summary>Reading the labelled spans of a decoded BILOU sequence.</summary>
public sealed class BilouSpansTests
{
    /// <summary>Labels written as one letter per token (O, B, I, L, U; all of type 0); spans as "start-end" (end exclusive).</summary>
    public static TheoryData<string, string> Sequences => new()
    {
        { "", "" },
        { "OOO", "" },
        { "U", "0-1" },
        { "BL", "0-2" },
        { "OBILOU", "1-4 5-6" },
        { "UUU", "0-1 1-2 2-3" },
        { "BIIIL", "0-5" },
        { "LOU", "2-3" },
        { "BUL", "1-2" },
        { "BBL", "1-3" },
    };

    [Theory]
    [MemberData(nameof(Sequences))]
    public void Spans_Sequence_AreItsBeginToLastAndUnitRuns(string letters, string expected)
    {
        var labels = letters.Select(Label).ToArray();

        var spans = new List<string>();
        foreach (var (start, end) in new BilouSpans(labels))
        {
            spans.Add($"{start}-{end}");
        }

        Assert.Equal(expected, string.Join(' ', spans));
    }

    private static int Label(char letter) => letter switch
    {
        'O' => BilouLabelSet.Outside,
        'B' => BilouLabelSet.Label(0, BilouPart.Begin),
        'I' => BilouLabelSet.Label(0, BilouPart.Inside),
        'L' => BilouLabelSet.Label(0, BilouPart.Last),
        _ => BilouLabelSet.Label(0, BilouPart.Unit),
    };
}
