using EntityKit.Recognition;

namespace EntityKit.Patterns;

/// <summary>
/// Runs one <see cref="TokenPattern"/> as a Thompson NFA over tokens: the active units are a bit set, each token is
/// tested at most once per unit, so a match attempt costs O(tokens × units) whatever the quantifiers — no
/// backtracking, no catastrophic cases. Allocates nothing.
/// </summary>
internal sealed class PatternMatcher
{
    private readonly TokenPattern _pattern;
    private readonly TokenPatternUnit[] _units;
    private readonly ulong _accept;

    public PatternMatcher(TokenPattern pattern)
    {
        _pattern = pattern;
        _units = [.. pattern.Units];
        _accept = 1UL << _units.Length;
    }

    public TokenPattern Pattern => _pattern;

    /// <summary>The end (exclusive) of the longest match starting at <paramref name="start"/> and ending by <paramref name="limit"/>, or -1.</summary>
    public int LongestMatch(in RecognitionInput input, int start, int limit)
    {
        var states = Closure(1UL);
        var longest = -1;
        for (var i = start; i < limit && states != 0; i++)
        {
            var token = new PatternToken(input.Tokens[i].GetText(input.Text), input.Tokens[i], i, input.EarlierMentions);
            var next = 0UL;
            for (var unit = 0; unit < _units.Length; unit++)
            {
                if ((states & (1UL << unit)) == 0 || !_units[unit].Predicate.Matches(token))
                {
                    continue;
                }

                next |= 1UL << (unit + 1);
                if (_units[unit].Quantifier is TokenQuantifier.OneOrMore or TokenQuantifier.ZeroOrMore)
                {
                    next |= 1UL << unit;
                }
            }

            states = Closure(next);
            if ((states & _accept) != 0)
            {
                longest = i + 1;
            }
        }

        return longest;
    }

    /// <summary>Adds the states reachable without consuming a token: past optional and zero-or-more units.</summary>
    private ulong Closure(ulong states)
    {
        for (var unit = 0; unit < _units.Length; unit++)
        {
            if ((states & (1UL << unit)) != 0 && _units[unit].Quantifier is TokenQuantifier.Optional or TokenQuantifier.ZeroOrMore)
            {
                states |= 1UL << (unit + 1);
            }
        }

        return states;
    }
}
