using EntityKit.Dictionaries;

namespace EntityKit.Tests.Dictionaries;

public sealed class LayerPrecedenceTests
{
    private const string Text = "Jordan Peterson visited Amman, Jordan.";

    private static EntityDictionary Countries() => EntityDictionary.CreateBuilder().Add("Jordan", EntityType.Gpe, "Q810").Build();

    [Fact]
    public void Analyze_ModelAddedFirst_ModelWinsOverlapsAndDictionaryFillsTheRest()
    {
        var analysis = Layers.Analyze(Text, Layers.Model(EntityType.Person, "Jordan Peterson"), Countries());
        Assert.Equal(["Jordan Peterson/PERSON", "Jordan/GPE"], Layers.Labels(analysis));
        Assert.Equal("Q810", analysis.Mentions[1].EntryId);
    }

    [Fact]
    public void Analyze_DictionaryInsertedBeforeModel_DictionaryWinsOverlaps()
    {
        var builder = ArticleAnalyzer.CreateBuilder()
            .WithOptions(new AnalyzerOptions { EnforceTypeConsistency = false })
            .AddRecognizer(Layers.Model(EntityType.Person, "Jordan Peterson"));
        builder.InsertRecognizer(0, Countries());

        Assert.Equal(["dictionary", "model"], builder.Recognizers.Select(r => r.Name));
        var analysis = builder.Build().Analyze(new Article("a", Text));
        Assert.Equal(["Jordan/GPE", "Jordan/GPE"], Layers.Labels(analysis));
    }

    [Fact]
    public void Analyze_DictionaryAfterModelWithSameSpanAndType_GivesTheModelMentionItsId()
    {
        var dictionary = EntityDictionary.CreateBuilder().Add("Jordan Peterson", EntityType.Person, "Q7189").Build();

        var model = Layers.Model(EntityType.Person, "Jordan Peterson");

        var analysis = Layers.Analyze(Text, model, dictionary);

        var mention = Assert.Single(analysis.Mentions, m => m.Text == "Jordan Peterson");
        Assert.Equal("Q7189", mention.EntryId);
        Assert.Equal(model.Source, mention.Source);
    }

    [Fact]
    public void Analyze_DictionaryAfterModelWithSameSpanButOtherType_LeavesTheModelMentionWithoutId()
    {
        var dictionary = EntityDictionary.CreateBuilder().Add("Jordan Peterson", EntityType.Organization, "Q1").Build();

        var analysis = Layers.Analyze(Text, Layers.Model(EntityType.Person, "Jordan Peterson"), dictionary);

        var mention = Assert.Single(analysis.Mentions, m => m.Text == "Jordan Peterson");
        Assert.Null(mention.EntryId);
        Assert.Equal(EntityType.Person, mention.Type);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void InsertRecognizer_IndexOutsideLayers_Throws(int index)
    {
        var builder = ArticleAnalyzer.CreateBuilder().AddRecognizer(Countries());
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.InsertRecognizer(index, Countries()));
    }
}
