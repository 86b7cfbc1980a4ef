using System.Collections.Immutable;
using EntityKit.Recognition;

namespace EntityKit.Patterns;

/// <summary>
/// A recognizer layer of token patterns (<see cref="MentionSource.Pattern"/>): left to right, at each token the
/// match of any pattern whose mention (the match without its context tokens) ends furthest becomes a mention (a tie
/// goes to the pattern declared first), and the scan resumes after the mention. Matches stay within a sentence and span at most <see cref="MaxMatchTokens"/> tokens, so the work per
/// token is bounded by patterns × units × <see cref="MaxMatchTokens"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TokenPatternRecognizer : IMentionRecognizer
{
    /// <summary>The most tokens one match may span.</summary>
    public const int MaxMatchTokens = 64;

    private readonly PatternMatcher[] _matchers;

    /// <summary>Creates the layer.</summary>
    /// <param name="patterns">The patterns, in precedence order for ties.</param>
    /// <param name="name">The layer's name for diagnostics.</param>
    public TokenPatternRecognizer(IEnumerable<TokenPattern> patterns, string name = "patterns")
    {
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Patterns = [.. patterns];
        if (Patterns.Any(p => p is null))
        {
            throw new ArgumentException("A pattern is null.", nameof(patterns));
        }

        _matchers = [.. Patterns.Select(p => new PatternMatcher(p))];
        Name = name;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>Always <see cref="MentionSource.Pattern"/>.</summary>
    public MentionSource Source => MentionSource.Pattern;

    /// <summary>The patterns, in precedence order.</summary>
    public ImmutableArray<TokenPattern> Patterns { get; }

    /// <summary>Loads a pattern file (JSON Lines, one pattern per line; see docs/CUSTOMIZE.md).</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="Dictionaries.CustomizationFileException">The file is malformed; the message names the file and line.</exception>
    public static TokenPatternRecognizer Load(string path) =>
        new(TokenPatternFileReader.Read(path), $"patterns:{Path.GetFileName(path)}");

    /// <inheritdoc/>
    public void Recognize(in RecognitionInput input, List<RecognizedSpan> mentions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        if (input.Sentences.IsEmpty)
        {
            MatchRange(input, 0, input.Tokens.Length, mentions);
            return;
        }

        foreach (var sentence in input.Sentences)
        {
            MatchRange(input, sentence.FirstToken, sentence.EndToken, mentions);
        }
    }

    private void MatchRange(in RecognitionInput input, int first, int end, List<RecognizedSpan> mentions)
    {
        var start = first;
        while (start < end)
        {
            var limit = Math.Min(end, start + MaxMatchTokens);
            int bestFirst = -1, bestEnd = -1;
            PatternMatcher? best = null;
            foreach (var matcher in _matchers)
            {
                var matchEnd = matcher.LongestMatch(input, start, limit);
                var mentionEnd = matchEnd - matcher.Pattern.TrailingContext;
                if (matchEnd >= 0 && mentionEnd > bestEnd)
                {
                    bestFirst = start + matcher.Pattern.LeadingContext;
                    bestEnd = mentionEnd;
                    best = matcher;
                }
            }

            if (best is null)
            {
                start++;
                continue;
            }

            mentions.Add(new RecognizedSpan(bestFirst, bestEnd - bestFirst, best.Pattern.Type, 1f));
            start = bestEnd;
        }
    }
}
