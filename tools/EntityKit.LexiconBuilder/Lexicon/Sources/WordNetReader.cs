using EntityKit.Lexicon;

namespace EntityKit.Training.Lexicon.Sources;

/// <summary>
/// Reads Princeton WordNet 3.0 database files (<c>data.noun</c>, <c>data.adj</c>…, as in Debian's
/// <c>wordnet-base</c>): proper-noun instances by lexicographer file (people, places, organizations, events, works),
/// capitalised person nouns and adjectives (group members and nationality or religion adjectives such as
/// <c>Catholic</c>, <c>Nigerian</c>), and the set of lower-case lemmas used to filter common words out of name lists.
/// </summary>
public static class WordNetReader
{
    /// <summary>Instance nouns and capitalised person nouns and adjectives, with their categories.</summary>
    /// <param name="directory">The folder holding <c>data.noun</c> and <c>data.adj</c>.</param>
    public static IEnumerable<GazetteerEntry> ReadNames(string directory)
    {
        foreach (var synset in ReadSynsets(Path.Combine(directory, "data.noun")))
        {
            var category = synset.IsInstance ? InstanceCategory(synset.LexFile) : synset.LexFile == PersonFile ? GazetteerCategories.Group : GazetteerCategories.None;
            if (category == GazetteerCategories.None)
            {
                continue;
            }

            foreach (var lemma in synset.Lemmas.Where(IsCapitalised))
            {
                yield return new GazetteerEntry(lemma, category);
            }
        }

        foreach (var synset in ReadSynsets(Path.Combine(directory, "data.adj")))
        {
            foreach (var lemma in synset.Lemmas.Where(l => IsCapitalised(l) && !l.Contains(' ')))
            {
                yield return new GazetteerEntry(lemma, GazetteerCategories.Group);
            }
        }
    }

    /// <summary>Every lemma written without capitals in any part of speech: the common words of English.</summary>
    /// <param name="directory">The folder holding the <c>data.*</c> files.</param>
    public static HashSet<string> ReadCommonWords(string directory)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pos in new[] { "noun", "verb", "adj", "adv" })
        {
            foreach (var synset in ReadSynsets(Path.Combine(directory, "data." + pos)))
            {
                foreach (var lemma in synset.Lemmas)
                {
                    if (!lemma.Any(char.IsUpper))
                    {
                        words.Add(lemma);
                    }
                }
            }
        }

        return words;
    }

    private const int PersonFile = 18;

    private static GazetteerCategories InstanceCategory(int lexFile) => lexFile switch
    {
        18 => GazetteerCategories.Person,               // noun.person
        15 or 17 or 6 => GazetteerCategories.Location,  // noun.location, noun.object (rivers, mountains), noun.artifact (buildings)
        14 => GazetteerCategories.Organization,         // noun.group
        11 or 4 => GazetteerCategories.Event,           // noun.event, noun.act (wars, battles, operations)
        10 => GazetteerCategories.Work,                 // noun.communication (books, scriptures, documents)
        _ => GazetteerCategories.None,
    };

    private static bool IsCapitalised(string lemma) => lemma.Length > 1 && char.IsUpper(lemma[0]);

    private sealed record Synset(int LexFile, bool IsInstance, List<string> Lemmas);

    private static IEnumerable<Synset> ReadSynsets(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == ' ')
            {
                continue; // licence header
            }

            var bar = line.IndexOf(" | ", StringComparison.Ordinal);
            var fields = (bar < 0 ? line : line[..bar]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var lexFile = int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
            var wordCount = Convert.ToInt32(fields[3], 16);
            var lemmas = new List<string>(wordCount);
            for (var i = 0; i < wordCount; i++)
            {
                var lemma = fields[4 + (2 * i)];
                var marker = lemma.IndexOf('(');
                if (marker > 0)
                {
                    lemma = lemma[..marker];
                }

                lemmas.Add(lemma.Replace('_', ' '));
            }

            var pointerAt = 4 + (2 * wordCount);
            var pointerCount = int.Parse(fields[pointerAt], System.Globalization.CultureInfo.InvariantCulture);
            var isInstance = false;
            for (var p = 0; p < pointerCount; p++)
            {
                if (fields[pointerAt + 1 + (4 * p)] == "@i")
                {
                    isInstance = true;
                    break;
                }
            }

            yield return new Synset(lexFile, isInstance, lemmas);
        }
    }
}
