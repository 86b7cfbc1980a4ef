namespace EntityKit.Normalization;

/// <summary>The kinds of <see cref="ValueToken"/>.</summary>
internal enum ValueTokenKind
{
    Word,
    Number,
    Symbol,
}

/// <summary>
/// One token of a short DATE/TIME/amount span: a lower-case word (dots of abbreviations removed: "a.m." is "am"),
/// a digit run with its value ("3,000" is 3000, "12.15" keeps its text), or a symbol ("$", "%", "-" for every dash).
/// </summary>
internal readonly record struct ValueToken(ValueTokenKind Kind, string Text, decimal Number = 0)
{
    public bool IsWord(string word) => Kind == ValueTokenKind.Word && Text == word;

    public bool IsSymbol(string symbol) => Kind == ValueTokenKind.Symbol && Text == symbol;

    /// <summary>True for a digit run without a decimal point or thousands separator.</summary>
    public bool IsPlainInteger => Kind == ValueTokenKind.Number && Text.All(char.IsAsciiDigit);

    public override string ToString() => Text;
}
