namespace EntityKit.Normalization;

/// <summary>
/// Reads one number from <see cref="ValueToken"/>s: digits with an optional scale ("2.5 million", "$5m"), number
/// words ("twenty-five", "three hundred thousand", "a dozen"), fractions ("a quarter", "one and a half",
/// "three quarters").
/// </summary>
internal static class NumberPhraseParser
{
    /// <summary>Tries to read a number starting at <paramref name="index"/>; on success <paramref name="index"/>
    /// moves past it.</summary>
    public static bool TryRead(IReadOnlyList<ValueToken> tokens, ref int index, out decimal value) =>
        TryRead(tokens, ref index, out value, out _);

    /// <summary>Tries to read a number; <paramref name="scale"/> is the product of the scale words after digits
    /// ("5 million" has 1,000,000; "5" has 1), which a range's first number may share ("$3-5 million").</summary>
    public static bool TryRead(IReadOnlyList<ValueToken> tokens, ref int index, out decimal value, out decimal scale)
    {
        var i = index;
        scale = 1;
        if (i >= tokens.Count)
        {
            value = 0;
            return false;
        }

        if (tokens[i].Kind == ValueTokenKind.Number)
        {
            value = tokens[i].Number;
            i++;
            var unscaled = value;
            i = ApplyScales(tokens, i, ref value);
            scale = unscaled == 0 ? 1 : value / unscaled;
            i = ApplyTrailingFraction(tokens, i, ref value);
            index = i;
            return true;
        }

        return TryReadWords(tokens, ref index, out value);
    }

    private static int ApplyScales(IReadOnlyList<ValueToken> tokens, int i, ref decimal value)
    {
        while (i < tokens.Count && tokens[i].Kind == ValueTokenKind.Word && NumberWords.Scales.TryGetValue(tokens[i].Text, out var scale))
        {
            value *= scale;
            i++;
        }

        return i;
    }

    /// <summary>"one and a half", "2 and a half million".</summary>
    private static int ApplyTrailingFraction(IReadOnlyList<ValueToken> tokens, int i, ref decimal value)
    {
        if (i + 2 < tokens.Count && tokens[i].IsWord("and") && tokens[i + 1].Text is "a" or "an"
            && NumberWords.FractionDenominators.TryGetValue(tokens[i + 2].Text, out var denominator))
        {
            value += 1m / denominator;
            i += 3;
            i = ApplyScales(tokens, i, ref value);
        }

        return i;
    }

    private static bool TryReadWords(IReadOnlyList<ValueToken> tokens, ref int index, out decimal value)
    {
        var i = index;
        decimal total = 0, current = 0;
        var any = false;
        if (i < tokens.Count && tokens[i].Text is "a" or "an" && i + 1 < tokens.Count && tokens[i + 1].Kind == ValueTokenKind.Word)
        {
            var next = tokens[i + 1].Text;
            if (NumberWords.FractionDenominators.TryGetValue(next, out var denominator) && !next.EndsWith('s'))
            {
                value = 1m / denominator;
                index = i + 2;
                return true;
            }

            if (NumberWords.Scales.ContainsKey(next) || next == "dozen")
            {
                current = 1;
                any = true;
                i++;
            }
        }

        if (!any && i < tokens.Count && tokens[i].IsWord("half"))
        {
            value = 0.5m;
            index = i + 1;
            return true;
        }

        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (token.Kind != ValueTokenKind.Word)
            {
                if (any && token.IsSymbol("-") && i + 1 < tokens.Count && NumberWords.Units.ContainsKey(tokens[i + 1].Text))
                {
                    i++;
                    continue;
                }

                break;
            }

            if (NumberWords.Units.TryGetValue(token.Text, out var unit))
            {
                current = token.Text is "dozen" or "score" && current > 0 ? current * unit : current + unit;
                any = true;
            }
            else if (any && NumberWords.Scales.TryGetValue(token.Text, out var scale) && !token.Text.EndsWith('s') && token.Text.Length > 2)
            {
                if (scale == 100)
                {
                    current = (current == 0 ? 1 : current) * 100;
                }
                else
                {
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                }
            }
            else if (any && token.Text == "and" && i + 1 < tokens.Count && NumberWords.Units.ContainsKey(tokens[i + 1].Text))
            {
                // "one hundred and five"
            }
            else if (any && token.Text == "and" && i + 2 < tokens.Count && tokens[i + 1].Text is "a" or "an"
                     && NumberWords.FractionDenominators.TryGetValue(tokens[i + 2].Text, out var halfDenominator))
            {
                current += 1m / halfDenominator;
                i += 3;
                continue;
            }
            else if (any && NumberWords.FractionDenominators.TryGetValue(token.Text, out var fractionDenominator))
            {
                // "three quarters", "two thirds"
                current /= fractionDenominator;
            }
            else
            {
                break;
            }

            i++;
        }

        value = total + current;
        if (!any)
        {
            return false;
        }

        index = i;
        return true;
    }

    /// <summary>Reads an ordinal ("third", "twenty-first", "21st"); on success moves <paramref name="index"/> past it.</summary>
    public static bool TryReadOrdinal(IReadOnlyList<ValueToken> tokens, ref int index, out decimal value)
    {
        var i = index;
        value = 0;
        if (i >= tokens.Count)
        {
            return false;
        }

        if (tokens[i].IsPlainInteger && i + 1 < tokens.Count && NumberWords.IsOrdinalSuffix(tokens[i + 1].Text))
        {
            value = tokens[i].Number;
            index = i + 2;
            return true;
        }

        if (NumberWords.Units.TryGetValue(tokens[i].Text, out var ten) && ten >= 20 && ten % 10 == 0
            && i + 1 < tokens.Count && (tokens[i + 1].IsSymbol("-") ? i + 2 : i + 1) is var next && next < tokens.Count
            && NumberWords.Ordinals.TryGetValue(tokens[next].Text, out var unitOrdinal) && unitOrdinal is > 0 and < 10)
        {
            value = ten + unitOrdinal;
            index = next + 1;
            return true;
        }

        if (tokens[i].Kind == ValueTokenKind.Word && NumberWords.Ordinals.TryGetValue(tokens[i].Text, out var ordinal) && ordinal > 0)
        {
            value = ordinal;
            index = i + 1;
            return true;
        }

        return false;
    }
}
