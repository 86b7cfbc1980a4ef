using EntityKit.Recognition;

namespace EntityKit.Hosting.Tests.TestSupport;

/// <summary>A recognizer layer that throws on any article containing a trigger word, standing in for a broken layer.</summary>
internal sealed class FailingRecognizer(string trigger) : IMentionRecognizer
{
    public string Name => "failing";

    public MentionSource Source => MentionSource.Pattern;

    public void Recognize(in RecognitionInput input, List<RecognizedSpan> mentions, CancellationToken cancellationToken)
    {
        if (input.Text.Contains(trigger, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The layer cannot handle '{trigger}'.");
        }
    }
}
