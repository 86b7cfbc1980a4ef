namespace EntityKit.Normalization;

/// <summary>
/// Resolves MONEY, PERCENT, QUANTITY, CARDINAL and ORDINAL mention texts to numbers: "$2.5 million" is 2,500,000
/// USD, "£3,000-£5,000" is 3,000 to 5,000 GBP, "a quarter" is 0.25, "more than 40%" is 40 % with
/// <c>MORE_THAN</c>, "21st" is 21.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class AmountResolver
{
    /// <summary>Resolves the text of a mention of the given type; null when the type is not an amount type or the
    /// text holds no number this resolver reads.</summary>
    /// <param name="text">The mention's text, for example "about $5m".</param>
    /// <param name="type">The mention's type: MONEY, PERCENT, QUANTITY, CARDINAL or ORDINAL.</param>
    public static MentionValue? Resolve(string text, EntityType type) => Resolve(text, type, new List<ValueToken>(8));

    /// <summary>As <see cref="Resolve(string, EntityType)"/>, tokenizing into a list the caller reuses.</summary>
    internal static MentionValue? Resolve(string text, EntityType type, List<ValueToken> scratch)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = ValueTokenizer.Tokenize(text, scratch);
        if (type == EntityType.Ordinal)
        {
            return ResolveOrdinal(tokens);
        }

        var kind = type == EntityType.Money ? MentionValueKind.Money
            : type == EntityType.Percent ? MentionValueKind.Percent
            : type == EntityType.Quantity ? MentionValueKind.Quantity
            : type == EntityType.Cardinal ? MentionValueKind.Number
            : (MentionValueKind?)null;
        return kind is { } k ? ResolveAmount(tokens, k) : null;
    }

    private static MentionValue? ResolveOrdinal(List<ValueToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var index = i;
            if (NumberPhraseParser.TryReadOrdinal(tokens, ref index, out var value))
            {
                return new MentionValue(MentionValueKind.Ordinal) { Number = value };
            }
        }

        return null;
    }

    private static MentionValue? ResolveAmount(List<ValueToken> tokens, MentionValueKind kind)
    {
        string? modifier = null;
        string? currency = null;
        decimal? first = null, second = null;
        var firstScale = 1m;
        var afterNumber = -1;
        var i = 0;
        while (i < tokens.Count && second is null)
        {
            var start = i;
            if (NumberPhraseParser.TryRead(tokens, ref i, out var number, out var scale))
            {
                if (first is null)
                {
                    first = number;
                    firstScale = scale;
                }
                else if (start > 0 && IsRangeJoin(tokens, afterNumber, start))
                {
                    second = number;
                    if (firstScale == 1 && scale > 1 && first * scale <= number)
                    {
                        first *= scale;
                    }
                }
                else
                {
                    break;
                }

                afterNumber = i;
                continue;
            }

            var token = tokens[i];
            if (first is null && modifier is null)
            {
                modifier = ModifierAt(tokens, i, out var length);
                if (modifier is not null)
                {
                    i += length;
                    continue;
                }
            }

            currency ??= CurrencyAt(tokens, i);
            if (first is not null && token.Kind == ValueTokenKind.Word && !IsJoinWord(token.Text) && CurrencyAt(tokens, i) is null)
            {
                break;
            }

            i++;
        }

        if (first is null)
        {
            return null;
        }

        var unit = kind switch
        {
            MentionValueKind.Money => currency ?? FindCurrency(tokens, afterNumber),
            MentionValueKind.Percent => "%",
            MentionValueKind.Quantity => MeasurementUnits.Read(tokens, afterNumber),
            _ => null,
        };
        if (kind == MentionValueKind.Money && currency is null && SubunitAfter(tokens, afterNumber) is { } subunitCurrency)
        {
            unit = subunitCurrency;
            first /= 100;
            second /= 100;
        }

        return new MentionValue(kind) { Number = first, Maximum = second, Unit = unit, Modifier = modifier };
    }

    private static bool IsJoinWord(string word) => word is "to" or "and" or "or" or "between" or "from";

    /// <summary>True when the tokens between two numbers join them into a range: "-", "to", "and" (after
    /// "between"), "or", possibly with a currency symbol ("£3,000-£5,000").</summary>
    private static bool IsRangeJoin(List<ValueToken> tokens, int from, int to)
    {
        var joined = false;
        for (var j = from; j < to; j++)
        {
            var token = tokens[j];
            if (token.IsSymbol("-") || token.IsWord("to") || token.IsWord("and") || token.IsWord("or") || token.IsSymbol("/"))
            {
                joined = true;
            }
            else if (!(token.Kind == ValueTokenKind.Symbol && CurrencyNames.Symbols.ContainsKey(token.Text)) && !token.IsSymbol("%")
                     && CurrencyAt(tokens, j) is null && !token.IsWord("per") && !token.IsWord("cent") && !token.IsWord("percent"))
            {
                return false;
            }
        }

        return joined;
    }

    private static string? ModifierAt(List<ValueToken> tokens, int i, out int length)
    {
        length = 0;
        if (tokens[i].Kind != ValueTokenKind.Word)
        {
            return null;
        }

        if (i + 1 < tokens.Count && NumberWords.TwoWordModifier(tokens[i].Text, tokens[i + 1].Text) is { } two)
        {
            length = 2;
            return two;
        }

        if (NumberWords.Modifiers.TryGetValue(tokens[i].Text, out var one))
        {
            length = 1;
            return one;
        }

        return null;
    }

    /// <summary>The ISO 4217 code a token at <paramref name="i"/> stands for, with its qualifier before it
    /// ("US$", "Australian dollars").</summary>
    private static string? CurrencyAt(List<ValueToken> tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind == ValueTokenKind.Symbol && CurrencyNames.Symbols.TryGetValue(token.Text, out var symbolCode))
        {
            if (token.Text == "$" && i > 0 && tokens[i - 1].Kind == ValueTokenKind.Word
                && CurrencyNames.DollarPrefixes.TryGetValue(tokens[i - 1].Text, out var prefixed))
            {
                return prefixed;
            }

            return symbolCode;
        }

        if (token.Kind != ValueTokenKind.Word)
        {
            return null;
        }

        if (CurrencyNames.Words.TryGetValue(token.Text, out var wordCode))
        {
            return i > 0 && CurrencyNames.Qualified(tokens[i - 1].Text, token.Text) is { } qualified ? qualified : wordCode;
        }

        if (token.Text is "rs" or "inr")
        {
            return "INR";
        }

        return CurrencyNames.IsCode(token.Text, out var code) ? code : null;
    }

    private static string? FindCurrency(List<ValueToken> tokens, int from)
    {
        for (var j = Math.Max(0, from); j < tokens.Count; j++)
        {
            if (CurrencyAt(tokens, j) is { } code)
            {
                return code;
            }
        }

        return null;
    }

    private static string? SubunitAfter(List<ValueToken> tokens, int from) =>
        from >= 0 && from < tokens.Count && tokens[from].Kind == ValueTokenKind.Word ? CurrencyNames.Subunit(tokens[from].Text) : null;
}
