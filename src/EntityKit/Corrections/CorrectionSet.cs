using System.Collections.Immutable;
using EntityKit.Recognition;

namespace EntityKit.Corrections;

/// <summary>
/// The corrections an analyzer applies after its recognizer layers (<see cref="ArticleAnalyzerBuilder.WithCorrections"/>):
/// an ordered list of rules, applied one after the other in the order they were added, each seeing the result of
/// the previous one. Nothing is re-sorted.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CorrectionSet
{
    internal CorrectionSet(ImmutableArray<IMentionCorrection> rules) => Rules = rules;

    /// <summary>The rules, in the order they are applied.</summary>
    public ImmutableArray<IMentionCorrection> Rules { get; }

    /// <summary>Starts building a correction set.</summary>
    public static CorrectionSetBuilder CreateBuilder() => new();

    /// <summary>Loads a correction file (JSON, see docs/CUSTOMIZE.md).</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="Dictionaries.CustomizationFileException">The file is malformed.</exception>
    public static CorrectionSet Load(string path) => CorrectionFileReader.Read(path);

    /// <summary>Applies the rules in order to the mentions of one text.</summary>
    /// <param name="input">The text, its tokens and sentences.</param>
    /// <param name="mentions">The mentions, sorted by token and not overlapping.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="InvalidOperationException">A rule left the mentions unsorted, overlapping or out of range.</exception>
    public void Apply(in RecognitionInput input, List<RecognizedSpan> mentions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        foreach (var rule in Rules)
        {
            rule.Apply(input, mentions, cancellationToken);
            CheckOrdered(mentions, input.Tokens.Length, rule);
        }
    }

    private static void CheckOrdered(List<RecognizedSpan> mentions, int tokenCount, IMentionCorrection rule)
    {
        var previousEnd = 0;
        foreach (var mention in mentions)
        {
            if (mention.TokenCount <= 0 || mention.FirstToken < previousEnd || mention.EndToken > tokenCount)
            {
                throw new InvalidOperationException(
                    $"Correction '{rule.Name}' left mention [{mention.FirstToken}, {mention.EndToken}) out of order, overlapping or outside the {tokenCount} tokens.");
            }

            previousEnd = mention.EndToken;
        }
    }
}
