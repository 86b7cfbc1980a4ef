using EntityKit.Corrections;
using EntityKit.Dictionaries;

namespace EntityKit.Tests.Corrections;

public sealed class CorrectionFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("entitykit-corrections-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string content)
    {
        var path = Path.Combine(_directory, "corrections.jsonl");
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Load_Jsonl_KeepsRuleOrderAndKinds()
    {
        var set = CorrectionSet.Load(Write(
            "{\"always\":[\"Apple\",\"Apple Inc.\"],\"type\":\"ORG\",\"ignoreCase\":true}\n" +
            "// comment\n" +
            "{\"never\":\"Jordan\",\"type\":\"PERSON\"}\n" +
            "{\"drop\":\"CARDINAL\"}\n" +
            "{\"rename\":\"NORP\",\"to\":\"GROUP\"}\n"));
        Assert.Equal(
            ["always 'Apple|Apple Inc.' as ORG", "never 'Jordan' as PERSON", "drop CARDINAL", "rename NORP to GROUP"],
            set.Rules.Select(r => r.Name));
    }

    [Theory]
    [InlineData("{\"drop\":\"CARDINAL\"}\n{\"rename\":\"NORP\"}\n", 2, "\"to\"")]
    [InlineData("{\"always\":\"Apple\"}\n", 1, "\"type\"")]
    [InlineData("{\"always\":7,\"type\":\"ORG\"}\n", 1, "\"always\"")]
    [InlineData("{\"flip\":\"ORG\"}\n", 1, "one of")]
    [InlineData("{\"drop\":\"NOT VALID\"}\n", 1, "entity type")]
    public void Load_MalformedRule_ThrowsNamingFileAndLine(string content, int line, string problem)
    {
        var path = Write(content);
        var exception = Assert.Throws<CustomizationFileException>(() => CorrectionSet.Load(path));
        Assert.StartsWith($"{path}:{line}: ", exception.Message);
        Assert.Contains(problem, exception.Message);
    }
}
