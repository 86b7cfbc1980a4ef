using EntityKit.Corrections;
using EntityKit.Dictionaries;
using EntityKit.Tests.Dictionaries;

namespace EntityKit.Tests.Corrections;

public sealed class CorrectionSetTests
{
    private static readonly EntityType Company = EntityType.FromName("COMPANY");
    private const string Text = "Apple hired 300 people in Cupertino and Apple Inc. said so.";

    private static ArticleAnalysis Analyze(CorrectionSet corrections) => Layers.Analyze(
        Text,
        corrections,
        Layers.Model(EntityType.Organization, "Apple", "Apple Inc."),
        Layers.Model(EntityType.Cardinal, "300"),
        Layers.Model(EntityType.Person, "Cupertino"));

    [Fact]
    public void Apply_RenameThenDrop_DropsRenamedMentions()
    {
        var corrections = CorrectionSet.CreateBuilder().Rename(EntityType.Organization, Company).Drop(Company).Build();
        Assert.Equal(["300/CARDINAL", "Cupertino/PERSON"], Layers.Labels(Analyze(corrections)));
    }

    [Fact]
    public void Apply_DropThenRename_KeepsRenamedMentionsMarkedAsCorrections()
    {
        var corrections = CorrectionSet.CreateBuilder().Drop(Company).Rename(EntityType.Organization, Company).Build();
        var analysis = Analyze(corrections);
        Assert.Equal(["Apple/COMPANY", "300/CARDINAL", "Cupertino/PERSON", "Apple Inc./COMPANY"], Layers.Labels(analysis));
        Assert.Equal(MentionSource.Correction, analysis.Mentions[0].Source);
        Assert.NotEqual(MentionSource.Correction, analysis.Mentions[1].Source);
    }

    [Fact]
    public void Apply_AlwaysLabel_ReplacesOverlappingMentionsAndAddsMissingOnes()
    {
        var corrections = CorrectionSet.CreateBuilder()
            .Always("Cupertino", EntityType.Gpe)
            .Always("Inc. said", EntityType.Event)
            .Always("people", EntityType.Norp)
            .Build();
        var analysis = Analyze(corrections);
        Assert.Equal(["Apple/ORG", "300/CARDINAL", "people/NORP", "Cupertino/GPE", "Inc. said/EVENT"], Layers.Labels(analysis));
        Assert.All(analysis.Mentions.Skip(2), m => Assert.Equal(MentionSource.Correction, m.Source));
    }

    [Theory]
    [InlineData(null, false, new[] { "300/CARDINAL", "Cupertino/PERSON", "Apple Inc./ORG" })]
    [InlineData("ORG", false, new[] { "300/CARDINAL", "Cupertino/PERSON", "Apple Inc./ORG" })]
    [InlineData("PERSON", false, new[] { "Apple/ORG", "300/CARDINAL", "Cupertino/PERSON", "Apple Inc./ORG" })]
    public void Apply_NeverLabel_RemovesOnlyWholeMatchingMentions(string? type, bool ignoreCase, string[] expected)
    {
        var corrections = CorrectionSet.CreateBuilder().Never("Apple", type is null ? null : EntityType.FromName(type), ignoreCase).Build();
        Assert.Equal(expected, Layers.Labels(Analyze(corrections)));
    }

    [Fact]
    public void Apply_NeverLabelIgnoringCaseWithSpaces_MatchesMultiTokenMention()
    {
        var corrections = CorrectionSet.CreateBuilder().Never("apple   inc.", ignoreCase: true).Build();
        Assert.Equal(["Apple/ORG", "300/CARDINAL", "Cupertino/PERSON"], Layers.Labels(Analyze(corrections)));
    }

    [Fact]
    public void Apply_CorrectionsRunAfterEveryLayer_EvenLayersAddedAfterWithCorrections()
    {
        var builder = ArticleAnalyzer.CreateBuilder()
            .WithOptions(new AnalyzerOptions { EnforceTypeConsistency = false })
            .WithCorrections(CorrectionSet.CreateBuilder().Drop(EntityType.Gpe).Build())
            .AddRecognizer(EntityDictionary.CreateBuilder().Add("Cupertino", EntityType.Gpe).Build());
        Assert.Empty(builder.Build().Analyze(new Article("a", Text)).Mentions);
    }

    [Fact]
    public void Apply_RuleBreakingOrder_FailsTheArticleNamingTheRule()
    {
        var corrections = CorrectionSet.CreateBuilder().Add(new DuplicatingCorrection()).Build();
        var analyzer = ArticleAnalyzer.CreateBuilder().AddRecognizer(Layers.Model(EntityType.Gpe, "Cupertino")).WithCorrections(corrections).Build();
        var result = analyzer.AnalyzeMany([new Article("a", Text)]).Single();
        Assert.Contains("duplicate", result.Error!.Message);
    }

    private sealed class DuplicatingCorrection : IMentionCorrection
    {
        public string Name => "duplicate";

        public void Apply(in EntityKit.Recognition.RecognitionInput input, List<EntityKit.Recognition.RecognizedSpan> mentions, CancellationToken cancellationToken) =>
            mentions.AddRange([.. mentions]);
    }
}
