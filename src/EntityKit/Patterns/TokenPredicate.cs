using System.Text.RegularExpressions;
using EntityKit.Recognition;

namespace EntityKit.Patterns;

/// <summary>
/// A test on one token of a <see cref="TokenPattern"/>: exact text, text ignoring case, shape, a regular expression,
/// a kind, whitespace before it, or membership in a mention of an earlier layer. Combine tests with
/// <see cref="All(TokenPredicate[])"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. Made only by the factory methods.</remarks>
public abstract class TokenPredicate
{
    /// <summary>How long a <see cref="Regex(string)"/> test may run on one token before the analysis fails.</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(100);

    private protected TokenPredicate()
    {
    }

    /// <summary>Any token.</summary>
    public static TokenPredicate Any { get; } = new AnyPredicate();

    /// <summary>A description, e.g. <c>text="$"</c>.</summary>
    public abstract string Description { get; }

    /// <summary>The token's text is exactly <paramref name="text"/> (ordinal).</summary>
    /// <param name="text">The text.</param>
    public static TokenPredicate Text(string text) => new TextPredicate(text, StringComparison.Ordinal);

    /// <summary>The token's text is <paramref name="text"/> regardless of case (ordinal ignore-case).</summary>
    /// <param name="text">The text.</param>
    public static TokenPredicate TextIgnoreCase(string text) => new TextPredicate(text, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The token's shape is <paramref name="shape"/>: each upper-case letter becomes <c>X</c>, lower-case <c>x</c>,
    /// digit <c>d</c>, any other character stays, and runs longer than 4 are cut to 4 (as in spaCy):
    /// <c>Apple</c> → <c>Xxxxx</c>, <c>AAPL</c> → <c>XXXX</c>, <c>2024</c> → <c>dddd</c>, <c>82nd</c> → <c>ddxx</c>.
    /// </summary>
    /// <param name="shape">The shape.</param>
    public static TokenPredicate Shape(string shape) => new ShapePredicate(shape);

    /// <summary>The whole token matches the regular expression (culture-invariant, with <see cref="RegexTimeout"/>).</summary>
    /// <param name="pattern">The expression; it is anchored to the whole token.</param>
    /// <exception cref="ArgumentException">The expression is invalid.</exception>
    public static TokenPredicate Regex(string pattern) => new RegexPredicate(pattern);

    /// <summary>The token is of the given kind (word, number, punctuation…).</summary>
    /// <param name="kind">The kind.</param>
    public static TokenPredicate Kind(TokenKind kind) => new KindPredicate(kind);

    /// <summary>Whitespace precedes the token (true) or not (false), e.g. <c>$AAPL</c> has none before <c>AAPL</c>.</summary>
    /// <param name="spaceBefore">Whether whitespace must precede it.</param>
    public static TokenPredicate SpaceBefore(bool spaceBefore) => new SpaceBeforePredicate(spaceBefore);

    /// <summary>The token is part of a mention of <paramref name="type"/> found by an earlier recognizer layer.</summary>
    /// <param name="type">The type.</param>
    public static TokenPredicate InMention(EntityType type) => new InMentionPredicate(type);

    /// <summary>All of the given tests hold.</summary>
    /// <param name="predicates">The tests.</param>
    public static TokenPredicate All(params TokenPredicate[] predicates) => new AllPredicate(predicates);

    /// <inheritdoc/>
    public override string ToString() => Description;

    internal abstract bool Matches(in PatternToken token);
}

/// <summary>One token as a predicate sees it.</summary>
internal readonly ref struct PatternToken(ReadOnlySpan<char> text, TokenInfo info, int index, ReadOnlySpan<RecognizedSpan> earlierMentions)
{
    public ReadOnlySpan<char> Text { get; } = text;

    public TokenInfo Info { get; } = info;

    public int Index { get; } = index;

    public ReadOnlySpan<RecognizedSpan> EarlierMentions { get; } = earlierMentions;
}

internal sealed class AnyPredicate : TokenPredicate
{
    public override string Description => "any";

    internal override bool Matches(in PatternToken token) => true;
}

internal sealed class TextPredicate(string text, StringComparison comparison) : TokenPredicate
{
    private readonly string _text = string.IsNullOrEmpty(text) ? throw new ArgumentException("The text is empty.", nameof(text)) : text;

    public override string Description => comparison == StringComparison.Ordinal ? $"text=\"{_text}\"" : $"lower=\"{_text}\"";

    internal override bool Matches(in PatternToken token) => token.Text.Equals(_text, comparison);
}

internal sealed class ShapePredicate(string shape) : TokenPredicate
{
    private const int MaxRun = 4;
    private readonly string _shape = string.IsNullOrEmpty(shape) ? throw new ArgumentException("The shape is empty.", nameof(shape)) : shape;

    public override string Description => $"shape=\"{_shape}\"";

    internal override bool Matches(in PatternToken token)
    {
        var position = 0;
        var previous = '\0';
        var run = 0;
        foreach (var c in token.Text)
        {
            var shaped = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = shaped == previous ? run + 1 : 1;
            previous = shaped;
            if (run > MaxRun)
            {
                continue;
            }

            if (position >= _shape.Length || _shape[position] != shaped)
            {
                return false;
            }

            position++;
        }

        return position == _shape.Length;
    }
}

internal sealed class RegexPredicate : TokenPredicate
{
    private readonly Regex _regex;
    private readonly string _pattern;

    public RegexPredicate(string pattern)
    {
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        _pattern = pattern;
        try
        {
            _regex = new Regex($"^(?:{pattern})$", RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexTimeout);
        }
        catch (ArgumentException exception)
        {
            throw new ArgumentException($"Invalid regex '{pattern}': {exception.Message}", nameof(pattern), exception);
        }
    }

    public override string Description => $"regex=\"{_pattern}\"";

    internal override bool Matches(in PatternToken token) => _regex.IsMatch(token.Text);
}

internal sealed class KindPredicate(TokenKind kind) : TokenPredicate
{
    public override string Description => $"kind={kind}";

    internal override bool Matches(in PatternToken token) => token.Info.Kind == kind;
}

internal sealed class SpaceBeforePredicate(bool spaceBefore) : TokenPredicate
{
    public override string Description => $"spaceBefore={spaceBefore}";

    internal override bool Matches(in PatternToken token) => token.Info.HasSpaceBefore == spaceBefore;
}

internal sealed class InMentionPredicate(EntityType type) : TokenPredicate
{
    private readonly EntityType _type = type.IsDefault ? throw new ArgumentException("A type is required.", nameof(type)) : type;

    public override string Description => $"entity={_type}";

    internal override bool Matches(in PatternToken token)
    {
        var mentions = token.EarlierMentions;
        int low = 0, high = mentions.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (mentions[mid].EndToken <= token.Index)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low < mentions.Length && mentions[low].FirstToken <= token.Index && mentions[low].Type == _type;
    }
}

internal sealed class AllPredicate : TokenPredicate
{
    private readonly TokenPredicate[] _predicates;

    public AllPredicate(TokenPredicate[] predicates)
    {
        ArgumentNullException.ThrowIfNull(predicates);
        if (predicates.Length == 0 || predicates.Any(p => p is null))
        {
            throw new ArgumentException("Give at least one test, none null.", nameof(predicates));
        }

        _predicates = [.. predicates];
    }

    public override string Description => string.Join(" & ", _predicates.Select(p => p.Description));

    internal override bool Matches(in PatternToken token)
    {
        foreach (var predicate in _predicates)
        {
            if (!predicate.Matches(token))
            {
                return false;
            }
        }

        return true;
    }
}
