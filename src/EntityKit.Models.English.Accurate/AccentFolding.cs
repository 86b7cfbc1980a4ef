using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace EntityKit.Models.English.Accurate;

/// <summary>
/// Canonical decomposition with the non-spacing marks removed (what BERT's uncased tokenizer does with NFD), from
/// the embedded table <c>Resources/accent-folding.tsv</c> written by <c>ekencoder.accent_table</c> — .NET in
/// invariant-globalization mode has no Unicode normalisation — and Hangul syllables decomposed algorithmically.
/// </summary>
internal static class AccentFolding
{
    private const int HangulBase = 0xAC00, HangulCount = 11172, LeadBase = 0x1100, VowelBase = 0x1161, TrailBase = 0x11A7;
    private const int VowelCount = 21, TrailCount = 28;

    private static readonly FrozenDictionary<int, string> Table = Read();

    /// <summary>Appends <paramref name="rune"/> decomposed, without non-spacing marks.</summary>
    public static void Append(Rune rune, StringBuilder output)
    {
        var value = rune.Value;
        if (value is >= HangulBase and < HangulBase + HangulCount)
        {
            var index = value - HangulBase;
            output.Append((char)(LeadBase + index / (VowelCount * TrailCount)));
            output.Append((char)(VowelBase + index % (VowelCount * TrailCount) / TrailCount));
            if (index % TrailCount != 0)
            {
                output.Append((char)(TrailBase + index % TrailCount));
            }
        }
        else if (Table.TryGetValue(value, out var folded))
        {
            output.Append(folded);
        }
        else
        {
            output.Append(rune.ToString());
        }
    }

    private static FrozenDictionary<int, string> Read()
    {
        using var stream = typeof(AccentFolding).Assembly.GetManifestResourceStream("EntityKit.Models.English.Accurate.accent-folding.tsv")
            ?? throw new InvalidOperationException("The accent-folding table is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<int, string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            var folded = new StringBuilder();
            foreach (var hex in line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                folded.Append(char.ConvertFromUtf32(int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            }

            table[int.Parse(line.AsSpan(0, tab), NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = folded.ToString();
        }

        return table.ToFrozenDictionary();
    }
}
