using EntityKit.Recognition;

namespace EntityKit.Corrections;

/// <summary>
/// A correction rule applied after all recognizer layers (see <see cref="CorrectionSet"/>): it may remove, retype or
/// add mentions. Implementations are immutable and thread-safe.
/// </summary>
public interface IMentionCorrection
{
    /// <summary>A short description for diagnostics, e.g. <c>drop CARDINAL</c>.</summary>
    string Name { get; }

    /// <summary>Corrects the mentions of one text in place.</summary>
    /// <param name="input">The text, its tokens and sentences.</param>
    /// <param name="mentions">The mentions, sorted by token and not overlapping; they must stay so. Set
    /// <see cref="RecognizedSpan.Source"/> to <see cref="MentionSource.Correction"/> on mentions added or retyped.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    void Apply(in RecognitionInput input, List<RecognizedSpan> mentions, CancellationToken cancellationToken);
}
