using System.Globalization;
using System.Text;

namespace EntityKit.Models.English.Accurate;

/// <summary>
/// BERT-uncased word pieces of one EntityKit token, exactly as <c>ekencoder/wordpiece.py</c> makes them for
/// training: lower-case (Python's <c>str.lower</c>, final sigma included), canonical decomposition (<see cref="AccentFolding"/>) with the accents,
/// control and format characters and U+FFFD dropped, split at white space and punctuation, then greedy
/// longest-match-first word pieces (<c>##</c> continuations); a word of more than 100 characters or with a part
/// missing from the vocabulary is <c>[UNK]</c>, and a token with no pieces at all is one <c>[UNK]</c>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class WordPieceTokenizer
{
    private const int MaxWordLength = 100;

    private readonly WordPieceVocabulary _vocabulary;

    public WordPieceTokenizer(WordPieceVocabulary vocabulary)
    {
        _vocabulary = vocabulary;
    }

    /// <summary>Appends the word-piece ids of <paramref name="token"/> to <paramref name="ids"/> (at least one).</summary>
    public void AddPieces(ReadOnlySpan<char> token, List<int> ids)
    {
        var before = ids.Count;
        var normalized = Normalize(token);
        var wordStart = -1;
        for (var i = 0; i < normalized.Length;)
        {
            var rune = Rune.GetRuneAt(normalized, i);
            var width = rune.Utf16SequenceLength;
            if (Rune.IsWhiteSpace(rune) || IsPunctuation(rune))
            {
                if (wordStart >= 0)
                {
                    AddWord(normalized.AsSpan(wordStart, i - wordStart), ids);
                    wordStart = -1;
                }

                if (!Rune.IsWhiteSpace(rune))
                {
                    AddWord(normalized.AsSpan(i, width), ids);
                }
            }
            else if (wordStart < 0)
            {
                wordStart = i;
            }

            i += width;
        }

        if (wordStart >= 0)
        {
            AddWord(normalized.AsSpan(wordStart), ids);
        }

        if (ids.Count == before)
        {
            ids.Add(_vocabulary.Unknown);
        }
    }

    private void AddWord(ReadOnlySpan<char> word, List<int> ids)
    {
        var runes = 0;
        foreach (var _ in word.EnumerateRunes())
        {
            runes++;
        }

        if (runes > MaxWordLength)
        {
            ids.Add(_vocabulary.Unknown);
            return;
        }

        var before = ids.Count;
        Span<char> piece = stackalloc char[word.Length + 2];
        var start = 0;
        while (start < word.Length)
        {
            var end = word.Length;
            var found = -1;
            while (start < end)
            {
                if (!char.IsLowSurrogate(word[end - 1]) || end - 1 > start && char.IsHighSurrogate(word[end - 2]))
                {
                    var length = end - start;
                    piece[0] = '#';
                    piece[1] = '#';
                    word[start..end].CopyTo(piece[2..]);
                    var candidate = start == 0 ? piece.Slice(2, length) : piece[..(length + 2)];
                    if (_vocabulary.TryGetId(candidate, out found))
                    {
                        break;
                    }
                }

                end -= char.IsLowSurrogate(word[end - 1]) && end - 1 > start && char.IsHighSurrogate(word[end - 2]) ? 2 : 1;
                found = -1;
            }

            if (found < 0)
            {
                ids.RemoveRange(before, ids.Count - before);
                ids.Add(_vocabulary.Unknown);
                return;
            }

            ids.Add(found);
            start = end;
        }
    }

    /// <summary>Python's <c>str.lower</c>, NFD, and the accents (Mn), control, format, surrogate, private-use and
    /// unassigned characters (C*) and U+FFFD dropped.</summary>
    private static string Normalize(ReadOnlySpan<char> token)
    {
        var lower = new StringBuilder(token.Length);
        for (var i = 0; i < token.Length;)
        {
            var status = Rune.DecodeFromUtf16(token[i..], out var rune, out var width);
            if (status != System.Buffers.OperationStatus.Done)
            {
                i += width;
                continue;
            }

            if (rune.Value == 0x3A3 && IsFinalSigma(token, i))
            {
                lower.Append('ς');
            }
            else if (rune.Value == 0x130)
            {
                lower.Append("i\u0307");
            }
            else
            {
                lower.Append(Rune.ToLowerInvariant(rune).ToString());
            }

            i += width;
        }

        var decomposed = new StringBuilder(lower.Length);
        foreach (var rune in lower.ToString().EnumerateRunes())
        {
            AccentFolding.Append(rune, decomposed);
        }

        var kept = new StringBuilder(decomposed.Length);
        foreach (var rune in decomposed.ToString().EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Control or UnicodeCategory.Format
                    or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                || rune.Value == 0xFFFD)
            {
                continue;
            }

            kept.Append(rune.ToString());
        }

        return kept.ToString();
    }

    /// <summary>Python lower-cases Σ to final ς when a cased letter precedes it and none follows.</summary>
    private static bool IsFinalSigma(ReadOnlySpan<char> token, int index)
    {
        var before = index > 0 && char.IsLetter(token[index - 1]);
        var after = index + 1 < token.Length && char.IsLetter(token[index + 1]);
        return before && !after;
    }

    private static bool IsPunctuation(Rune rune)
    {
        var c = rune.Value;
        if (c is >= 33 and <= 47 or >= 58 and <= 64 or >= 91 and <= 96 or >= 123 and <= 126)
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;
    }
}
