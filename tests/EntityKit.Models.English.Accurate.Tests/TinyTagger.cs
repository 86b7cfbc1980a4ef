namespace EntityKit.Models.English.Accurate.Tests;

/// <summary>
/// The fixture: a tiny random-weights tagger with the real serving interface (2 layers, hidden 32, a 221-piece
/// vocabulary, a word-piece budget of 16 so that windows are cut on short text), written by
/// <c>python3 -m ekencoder.make_fixture --out tests/EntityKit.Models.English.Accurate.Tests/Fixtures/tiny-tagger</c>.
/// Its labels are random but deterministic: the tests check the serving mechanics, not accuracy.
/// </summary>
internal static class TinyTagger
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "tiny-tagger");

    public static AccurateEnglishModel Load() => AccurateEnglishModel.Load(Directory);

    /// <summary>A copy of the fixture in a fresh temporary directory, to corrupt.</summary>
    public static string CopyToTemporaryDirectory()
    {
        var target = Path.Combine(Path.GetTempPath(), "ek-accurate-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(target);
        foreach (var file in System.IO.Directory.GetFiles(Directory))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }
}
