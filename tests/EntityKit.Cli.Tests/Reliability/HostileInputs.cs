using System.Text;
using EntityKit.Cli.Tests.TestSupport;

namespace EntityKit.Cli.Tests.Reliability;

/// <summary>
/// A directory of hostile input files for the fault battery, written fresh into a temp folder: good articles mixed
/// with every kind of bad record. <see cref="GoodIds"/> lists the articles that must come out analysed, and
/// <see cref="BadLines"/> the locations that must be reported on standard error.
/// </summary>
internal sealed class HostileInputs : IDisposable
{
    public const int MaxLength = 250_000;

    private readonly TempDirectory _directory = new();

    public HostileInputs()
    {
        // Plain-text articles: id = file name.
        _directory.Write("good.txt", Fixtures.Harbour);
        _directory.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Fixtures.Council)]);
        _directory.Write("crlf.txt", "Anna Verhoeven spoke in Leeds.\r\n\r\nThe council agreed.\r\n");
        _directory.Write("empty.txt", "");
        _directory.Write("hostile.txt", "\0\u0007\u200B\u202EAnna\u202C 👨\u200D👩\u200D👧 🇫🇷 東京 مرحبا <p>Leeds</p> " + new string('!', 5000) + new string('9', 5000));
        _directory.WriteBytes("invalid-utf8.txt", [.. "Leeds "u8, 0xC3, 0x28, .. " Paris"u8]);
        _directory.Write("too-long.txt", new string('x', MaxLength + 1));

        // JSONL: good and bad lines mixed, CRLF line ends, a BOM, no final newline.
        var lines = new List<byte[]>
        {
            Line(Fixtures.JsonLine("j-good", Fixtures.Unicode)),
            (byte[])[.. "{\"id\":\"bad-utf8\",\"text\":\"a"u8, 0xFF, 0xFE, .. "\"}"u8],
            Line("{\"id\":\"truncated\",\"text\":\"The council in Le"),
            Line("[1,2,3]"),
            Line("\"just a string\""),
            Line("{\"text\":\"no id here\"}"),
            Line("{\"id\":42,\"text\":\"numeric id\"}"),
            Line("{\"id\":\"no-text\"}"),
            Line("{\"id\":\"numeric-text\",\"text\":5}"),
            Line("{\"id\":\"lone-surrogate\",\"text\":\"a\\ud800b\"}"),
            Line(Fixtures.JsonLine("j-hostile", "\0\u0001\u200F\u2067x\u2069 e\u0301\u0301 🏴 中文 <b>Leeds</b>\r\n" + new string('?', 3000))),
            Line(Fixtures.JsonLine("j-empty", "")),
            Line(Fixtures.JsonLine("j-blank", " \n\t ")),
            Line(Fixtures.JsonLine("j-good", Fixtures.Council)), // a duplicate id: both kept, warned
            Line(Fixtures.JsonLine("j-too-long", new string('y', MaxLength + 1))),
            Line(Fixtures.JsonLine("j-newlines", "Leeds" + new string('\n', 200_000) + "Paris")),
            Line(Fixtures.JsonLine("j-token", string.Concat(Enumerable.Repeat("Leeds2024👍", 20_000)))),
            Encoding.UTF8.GetBytes(Fixtures.JsonLine("j-last", "No newline after this line, said Anna Verhoeven.")),
        };
        var jsonl = new List<byte>([0xEF, 0xBB, 0xBF]);
        for (var i = 0; i < lines.Count; i++)
        {
            jsonl.AddRange(lines[i]);
            if (i < lines.Count - 1)
            {
                jsonl.AddRange("\r\n"u8.ToArray());
            }
        }

        _directory.WriteBytes("mixed.jsonl", [.. jsonl]);
    }

    public string Path => _directory.Path;

    public string MixedJsonl => System.IO.Path.Combine(Path, "mixed.jsonl");

    /// <summary>Ids that must each appear in the output exactly once, analysed without error.</summary>
    public static readonly string[] GoodIds =
        ["good", "bom", "crlf", "empty", "hostile", "j-hostile", "j-empty", "j-blank", "j-newlines", "j-token", "j-last"];

    /// <summary>The id kept twice (two good records share it).</summary>
    public const string DuplicateId = "j-good";

    /// <summary>Where each bad record is and what stderr must say about it.</summary>
    public static readonly (string Location, string Problem)[] BadLines =
    [
        ("invalid-utf8.txt:1", "invalid UTF-8"),
        ("too-long.txt", "more than the maximum"),
        ("mixed.jsonl:2", "invalid UTF-8"),
        ("mixed.jsonl:3", "invalid JSON"),
        ("mixed.jsonl:4", "expected a JSON object, found an array"),
        ("mixed.jsonl:5", "expected a JSON object, found a string"),
        ("mixed.jsonl:6", "missing \"id\""),
        ("mixed.jsonl:7", "\"id\" must be a string"),
        ("mixed.jsonl:8", "missing \"text\""),
        ("mixed.jsonl:9", "\"text\" must be a string"),
        ("mixed.jsonl:10", "lone surrogate"),
        ("mixed.jsonl:15", "more than the maximum"),
    ];

    public void Dispose() => _directory.Dispose();

    private static byte[] Line(string text) => Encoding.UTF8.GetBytes(text);
}
