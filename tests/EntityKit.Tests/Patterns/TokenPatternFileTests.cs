using EntityKit.Dictionaries;
using EntityKit.Patterns;
using EntityKit.Tests.Dictionaries;

namespace EntityKit.Tests.Patterns;

public sealed class TokenPatternFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("entitykit-patterns-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string content)
    {
        var path = Path.Combine(_directory, "patterns.jsonl");
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Load_JsonlPatterns_RecognizeLikeCodePatterns()
    {
        var path = Write(
            "// tickers\n" +
            "{\"name\":\"cashtag\",\"type\":\"TICKER\",\"tokens\":[{\"text\":\"$\"},{\"regex\":\"[A-Z]{1,5}\",\"spaceBefore\":false}]}\n" +
            "{\"name\":\"division\",\"type\":\"MILITARY_UNIT\",\"tokens\":[{\"context\":true,\"lower\":\"the\"},{\"shape\":\"ddxx\"},{\"shape\":\"Xxxxx\",\"op\":\"+\"},{\"text\":\"Division\",\"op\":\"?\"}]}\n" +
            "{\"type\":\"CARDINAL\",\"tokens\":[{\"kind\":\"number\"},{\"kind\":\"Number\",\"op\":\"*\"}]}\n");
        var recognizer = TokenPatternRecognizer.Load(path);

        Assert.Equal(["cashtag", "division", "patterns.jsonl:4"], recognizer.Patterns.Select(p => p.Name));
        var analysis = Layers.Analyze("The 82nd Airborne Division bought $TSLA and 12 tanks.", recognizer);
        Assert.Equal(["82nd Airborne Division/MILITARY_UNIT", "$TSLA/TICKER", "12/CARDINAL"], Layers.Labels(analysis));
        Assert.All(analysis.Mentions, m => Assert.Equal(MentionSource.Pattern, m.Source));
    }

    public static TheoryData<string, int, string> MalformedFiles => new()
    {
        { "{\"type\":\"X\",\"tokens\":[{\"text\":\"a\"}]}\n{\"type\":\"X\"}\n", 2, "\"tokens\"" },
        { "\n{\"type\":\"X\",\"tokens\":[{\"colour\":\"red\"}]}\n", 2, "unknown token test" },
        { "{\"type\":\"X\",\"tokens\":[{\"text\":\"a\",\"op\":\"{2}\"}]}\n", 1, "\"op\"" },
        { "{\"type\":\"X\",\"tokens\":[{\"regex\":\"(a\"}]}\n", 1, "regex" },
        { "{\"type\":\"X\",\"tokens\":[{\"kind\":\"Noun\"}]}\n", 1, "token kind" },
        { "{\"type\":\"X\",\"tokens\":[{\"text\":\"a\",\"op\":\"?\"}]}\n", 1, "at least one token" },
        { "{\"type\":\"not valid\",\"tokens\":[{}]}\n", 1, "entity type" },
        { "{\"type\":\"X\",\"tokens\":[{}]\n", 1, "not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public void Load_MalformedPattern_ThrowsNamingFileAndLine(string content, int line, string problem)
    {
        var path = Write(content);
        var exception = Assert.Throws<CustomizationFileException>(() => TokenPatternRecognizer.Load(path));
        Assert.Equal(line, exception.LineNumber);
        Assert.StartsWith($"{path}:{line}: ", exception.Message);
        Assert.Contains(problem, exception.Message, StringComparison.OrdinalIgnoreCase);
    }
}
