using EntityKit.Lexicon;
using EntityKit.Training.Lexicon.Sources;

namespace EntityKit.Tests.Lexicon.Training;

public sealed class WordNetReaderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("entitykit-wordnet-").FullName;

    public WordNetReaderTests()
    {
        // Hand-written lines in the WordNet 3.0 data-file layout (offsets and glosses invented for the test).
        File.WriteAllLines(Path.Combine(_directory, "data.noun"),
        [
            "  1 This is a licence header line and is skipped.",
            "00000001 18 n 02 Ada_Lovelace 0 Lovelace 0 001 @i 00000009 n 0000 | an invented gloss",
            "00000002 15 n 01 Lake_Example 0 001 @i 00000008 n 0000 | an invented gloss",
            "00000003 18 n 01 Quaker 0 001 @ 00000007 n 0000 | an invented gloss",
            "00000004 18 n 01 teacher 0 001 @ 00000007 n 0000 | an invented gloss",
            "00000005 14 n 01 Example_Party 0 001 @i 00000006 n 0000 | an invented gloss",
        ]);
        File.WriteAllLines(Path.Combine(_directory, "data.adj"),
        [
            "00000010 01 a 02 Ruritanian 0 tall(a) 0 000 | an invented gloss",
        ]);
        File.WriteAllLines(Path.Combine(_directory, "data.verb"), ["00000020 29 v 01 run 0 000 | an invented gloss"]);
        File.WriteAllLines(Path.Combine(_directory, "data.adv"), ["00000030 02 r 01 fast 0 000 | an invented gloss"]);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void ReadNames_InstancesAndCapitalisedPersonNouns_GetTheirCategories()
    {
        var names = WordNetReader.ReadNames(_directory).ToLookup(e => e.Phrase, e => e.Categories);

        Assert.Contains(GazetteerCategories.Person, names["Ada Lovelace"]);
        Assert.Contains(GazetteerCategories.Person, names["Lovelace"]);
        Assert.Contains(GazetteerCategories.Location, names["Lake Example"]);
        Assert.Contains(GazetteerCategories.Organization, names["Example Party"]);
        Assert.Contains(GazetteerCategories.Group, names["Quaker"]);
        Assert.Contains(GazetteerCategories.Group, names["Ruritanian"]);
        Assert.False(names.Contains("teacher"));
        Assert.False(names.Contains("tall"));
    }

    [Fact]
    public void ReadCommonWords_LowerCaseLemmasOfAllPartsOfSpeech_AreCollected()
    {
        var words = WordNetReader.ReadCommonWords(_directory);

        Assert.Equal(["fast", "run", "tall", "teacher"], words.Order(StringComparer.Ordinal));
    }
}
