using EntityKit.Dictionaries;

namespace EntityKit.Tests.Dictionaries;

public sealed class DictionaryFileReaderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("entitykit-dict-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Read_Csv_ParsesFormsTypeIdAndMetadata()
    {
        var path = Write("orgs.csv",
            "forms,type,id,metadata\n" +
            "# a comment\n" +
            "\"Apple Inc.|Apple\",ORG,Q312,ticker=AAPL;exchange=NASDAQ\n" +
            "\"Procter & Gamble, Co.\",org\n" +
            "\n" +
            "$TSLA,TICKER,TSLA,\n");
        var entries = DictionaryFileReader.Read(path);

        Assert.Equal(3, entries.Count);
        Assert.Equal(["Apple Inc.", "Apple"], entries[0].Forms);
        Assert.Equal(("Q312", "NASDAQ"), (entries[0].Id, entries[0].Metadata["exchange"]));
        Assert.Equal(["Procter & Gamble, Co."], entries[1].Forms);
        Assert.Equal((EntityType.Organization, (string?)null), (entries[1].Type, entries[1].Id));
        Assert.Equal("TICKER", entries[2].Type.Name);
    }

    [Fact]
    public void Read_Tsv_SplitsOnTabs()
    {
        var entries = DictionaryFileReader.Read(Write("people.tsv", "Lloyd Austin|Austin\tPERSON\tQ1193327\nBaghdad\tGPE\n"));
        Assert.Equal(["Lloyd Austin", "Austin"], entries[0].Forms);
        Assert.Equal("Q1193327", entries[0].Id);
        Assert.Equal(EntityType.Gpe, entries[1].Type);
    }

    [Fact]
    public void Read_Jsonl_ParsesObjects()
    {
        var entries = DictionaryFileReader.Read(Write("e.jsonl",
            "{\"type\":\"ORG\",\"forms\":[\"Apple Inc.\",\"Apple\"],\"id\":\"Q312\",\"metadata\":{\"ticker\":\"AAPL\",\"employees\":164000}}\n\n" +
            "{\"type\":\"GPE\",\"forms\":[\"Iraq\"]}\n"));
        Assert.Equal(2, entries.Count);
        Assert.Equal("164000", entries[0].Metadata["employees"]);
        Assert.Null(entries[1].Id);
    }

    public static TheoryData<string, string, int, string> MalformedFiles => new()
    {
        { "a.csv", "Apple,ORG\nBanana\n", 2, "columns" },
        { "b.csv", "Apple,ORG\n\nApple,NOT A TYPE\n", 3, "not a valid entity type" },
        { "c.csv", "\"Apple,ORG\n", 1, "not closed" },
        { "d.csv", "Apple,ORG,Q1,ticker\n", 1, "key=value" },
        { "e.csv", " | ,ORG\n", 1, "surface form" },
        { "f.tsv", "Apple\tORG\tQ1\tx=1\textra\n", 1, "columns" },
        { "g.jsonl", "{\"type\":\"ORG\",\"forms\":[\"A\"]}\n{\"type\":\"ORG\",\"forms\":\"A\"}\n", 2, "forms" },
        { "h.jsonl", "{\"type\":\"ORG\",\"forms\":[\"A\"]}\n{\"type\":\n", 2, "not valid JSON" },
        { "i.jsonl", "{\"forms\":[\"A\"]}\n", 1, "\"type\"" },
        { "j.jsonl", "[1,2]\n", 1, "JSON object" },
        { "k.csv", "entity,type,id\nApple,ORG,Q1\n", 1, "'entity' is not one of" },
        { "l.tsv", "text\tid\nApple\tQ1\n", 1, "needs a forms column" },
        { "m.csv", "name,text,type\nApple,Apple Inc.,ORG\n", 1, "repeats" },
        { "n.csv", "name,label,id\nApple,ORG,Q1,x=1\n", 2, "columns" },
        { "o.csv", "name,label\nApple\n", 2, "columns" },
    };

    [Theory]
    [InlineData("t.tsv", "text\ttype\tid\nApple Inc.|Apple\tORG\tQ312\n")]
    [InlineData("n.csv", "name,label,id\nApple Inc.|Apple,ORG,Q312\n")]
    [InlineData("k.csv", "Form,Label,KB_ID\nApple Inc.|Apple,ORG,Q312\n")]
    [InlineData("p.csv", "pattern,kb_id,label\nApple Inc.|Apple,Q312,ORG\n")]
    [InlineData("f.csv", "forms,type,id,metadata\nApple Inc.|Apple,ORG,Q312,\n")]
    [InlineData("x.csv", "Apple Inc.|Apple,ORG,Q312\n")]
    public void Read_HeaderNamingColumns_IsRecognisedInAnyOrderAndNeverTaggedAsAnEntry(string name, string content)
    {
        var entry = Assert.Single(DictionaryFileReader.Read(Write(name, content)));

        Assert.Equal(["Apple Inc.", "Apple"], entry.Forms);
        Assert.Equal(EntityType.Organization, entry.Type);
        Assert.Equal("Q312", entry.Id);
    }

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public void Read_MalformedLine_ThrowsNamingFileAndLine(string name, string content, int line, string problem)
    {
        var path = Write(name, content);
        var exception = Assert.Throws<CustomizationFileException>(() => DictionaryFileReader.Read(path));
        Assert.Equal((path, (long)line), (exception.FilePath, exception.LineNumber));
        Assert.StartsWith($"{path}:{line}: ", exception.Message);
        Assert.Contains(problem, exception.Message);
    }

    [Fact]
    public void Read_UnknownExtension_Throws()
    {
        var path = Write("x.txt", "Apple,ORG\n");
        Assert.Throws<CustomizationFileException>(() => DictionaryFileReader.Read(path));
    }

    [Fact]
    public void Load_CsvFile_RecognizesWithIds()
    {
        var dictionary = EntityDictionary.Load(Write("d.csv", "Baghdad,GPE,Q1530\n"));
        Assert.Equal("dictionary:d.csv", dictionary.Name);
        var mention = Assert.Single(Layers.Analyze("Officials in Baghdad.", dictionary).Mentions);
        Assert.Equal("Q1530", mention.EntryId);
    }
}
