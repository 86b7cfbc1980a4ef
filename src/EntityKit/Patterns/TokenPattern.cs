using System.Collections.Immutable;

namespace EntityKit.Patterns;

/// <summary>How many tokens a unit of a <see cref="TokenPattern"/> matches.</summary>
public enum TokenQuantifier
{
    /// <summary>Exactly one.</summary>
    One = 0,
    /// <summary>Zero or one (<c>?</c>).</summary>
    Optional,
    /// <summary>One or more (<c>+</c>).</summary>
    OneOrMore,
    /// <summary>Zero or more (<c>*</c>).</summary>
    ZeroOrMore,
}

/// <summary>One unit of a pattern: a token test and how many consecutive tokens must pass it.</summary>
/// <param name="Predicate">The test.</param>
/// <param name="Quantifier">How many tokens.</param>
/// <param name="IsContext">True for a context token: it must match, but is not part of the mention.</param>
public sealed record TokenPatternUnit(TokenPredicate Predicate, TokenQuantifier Quantifier, bool IsContext = false);

/// <summary>
/// A sequence of token units that, when matched, becomes a mention of <see cref="Type"/>, e.g. a ticker
/// (<c>$</c> then an upper-case word with no space before it) or a military unit (ordinal, capitalised words,
/// <c>Division</c>). Make one with <see cref="Create"/>.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class TokenPattern
{
    /// <summary>The most units a pattern may have.</summary>
    public const int MaxUnits = 62;

    internal TokenPattern(string name, EntityType type, ImmutableArray<TokenPatternUnit> units)
    {
        Name = name;
        Type = type;
        Units = units;
        LeadingContext = units.TakeWhile(u => u.IsContext).Count();
        TrailingContext = units.Reverse().TakeWhile(u => u.IsContext).Count();
    }

    /// <summary>The number of context tokens before the mention.</summary>
    public int LeadingContext { get; }

    /// <summary>The number of context tokens after the mention.</summary>
    public int TrailingContext { get; }

    /// <summary>The pattern's name, for diagnostics.</summary>
    public string Name { get; }

    /// <summary>The type of the mentions it makes.</summary>
    public EntityType Type { get; }

    /// <summary>The units, in order.</summary>
    public ImmutableArray<TokenPatternUnit> Units { get; }

    /// <summary>Starts a pattern.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="type">The type of the mentions it makes.</param>
    public static TokenPatternBuilder Create(string name, EntityType type) => new(name, type);

    /// <summary>The name, type and units.</summary>
    public override string ToString() =>
        $"{Name} ({Type}): " + string.Join(" ", Units.Select(u => $"{(u.IsContext ? "(" : "[")}{u.Predicate.Description}{(u.IsContext ? ")" : "]")}{Suffix(u.Quantifier)}"));

    private static string Suffix(TokenQuantifier quantifier) => quantifier switch
    {
        TokenQuantifier.Optional => "?",
        TokenQuantifier.OneOrMore => "+",
        TokenQuantifier.ZeroOrMore => "*",
        _ => string.Empty,
    };
}

/// <summary>Declares the units of a <see cref="TokenPattern"/> fluently.</summary>
/// <remarks>Mutable; not thread-safe.</remarks>
public sealed class TokenPatternBuilder
{
    private readonly string _name;
    private readonly EntityType _type;
    private readonly List<TokenPatternUnit> _units = [];

    internal TokenPatternBuilder(string name, EntityType type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (type.IsDefault)
        {
            throw new ArgumentException("A type is required.", nameof(type));
        }

        _name = name;
        _type = type;
    }

    /// <summary>Exactly one token passing <paramref name="predicate"/>.</summary>
    /// <param name="predicate">The test.</param>
    public TokenPatternBuilder One(TokenPredicate predicate) => Add(predicate, TokenQuantifier.One);

    /// <summary>Zero or one token passing <paramref name="predicate"/>.</summary>
    /// <param name="predicate">The test.</param>
    public TokenPatternBuilder Optional(TokenPredicate predicate) => Add(predicate, TokenQuantifier.Optional);

    /// <summary>One or more tokens passing <paramref name="predicate"/>.</summary>
    /// <param name="predicate">The test.</param>
    public TokenPatternBuilder OneOrMore(TokenPredicate predicate) => Add(predicate, TokenQuantifier.OneOrMore);

    /// <summary>Zero or more tokens passing <paramref name="predicate"/>.</summary>
    /// <param name="predicate">The test.</param>
    public TokenPatternBuilder ZeroOrMore(TokenPredicate predicate) => Add(predicate, TokenQuantifier.ZeroOrMore);

    /// <summary>
    /// One context token: it must match but is not part of the mention. Context units may only open or close the
    /// pattern, e.g. <c>Context(InMention(ORG)).Context(Text("(")).One(Regex("[A-Z]{1,5}")).Context(Text(")"))</c>
    /// finds the ticker in <c>Apple (AAPL)</c>.
    /// </summary>
    /// <param name="predicate">The test.</param>
    public TokenPatternBuilder Context(TokenPredicate predicate) => Add(predicate, TokenQuantifier.One, isContext: true);

    /// <summary>A unit with any quantifier.</summary>
    /// <param name="predicate">The test.</param>
    /// <param name="quantifier">How many tokens.</param>
    /// <param name="isContext">True for a context token (quantifier <see cref="TokenQuantifier.One"/>, only at either end).</param>
    public TokenPatternBuilder Add(TokenPredicate predicate, TokenQuantifier quantifier, bool isContext = false)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        if (_units.Count == TokenPattern.MaxUnits)
        {
            throw new InvalidOperationException($"A pattern has at most {TokenPattern.MaxUnits} units.");
        }

        if (isContext && quantifier != TokenQuantifier.One)
        {
            throw new ArgumentException("A context unit matches exactly one token.", nameof(quantifier));
        }

        _units.Add(new TokenPatternUnit(predicate, quantifier, isContext));
        return this;
    }

    /// <summary>Builds the pattern.</summary>
    /// <exception cref="InvalidOperationException">The mention part could match no token, or a context unit is between mention units.</exception>
    public TokenPattern Build()
    {
        if (_units.All(u => u.IsContext || u.Quantifier is TokenQuantifier.Optional or TokenQuantifier.ZeroOrMore))
        {
            throw new InvalidOperationException($"Pattern '{_name}' must require at least one token that is not context.");
        }

        var firstMention = _units.FindIndex(u => !u.IsContext);
        var lastMention = _units.FindLastIndex(u => !u.IsContext);
        if (_units.Skip(firstMention).Take(lastMention - firstMention + 1).Any(u => u.IsContext))
        {
            throw new InvalidOperationException($"Pattern '{_name}': context units may only open or close the pattern.");
        }

        return new TokenPattern(_name, _type, [.. _units]);
    }
}
