using System.Runtime.InteropServices;
using EntityKit.Text;

namespace EntityKit.Dictionaries;

/// <summary>Turns a surface form into the token strings stored in the trie, applying the match options' folding.</summary>
internal sealed class FormTokenizer(ITokenizer tokenizer, DictionaryMatchOptions options)
{
    private readonly List<TokenInfo> _tokens = new(8);
    private readonly List<string> _strings = new(8);

    /// <summary>True for a hyphen token (<c>-</c>, U+2010, U+2011).</summary>
    public static bool IsHyphen(ReadOnlySpan<char> token) => token.Length == 1 && token[0] is '-' or '\u2010' or '\u2011';

    /// <summary>The form's tokens, folded; empty when nothing is left. Valid until the next call.</summary>
    public ReadOnlySpan<string> Tokenize(string form)
    {
        _tokens.Clear();
        _strings.Clear();
        tokenizer.Tokenize(form, _tokens);
        foreach (var token in _tokens)
        {
            var text = token.GetText(form);
            if (options.MatchHyphenVariants && IsHyphen(text))
            {
                continue;
            }

            var value = text.ToString();
            _strings.Add(options.IgnoreDiacritics ? DiacriticFolding.Fold(value) : value);
        }

        return CollectionsMarshal.AsSpan(_strings);
    }
}
