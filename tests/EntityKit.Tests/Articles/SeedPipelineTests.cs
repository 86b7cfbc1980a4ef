using System.Collections.Immutable;
using EntityKit.Recognition;
using EntityKit.Tests.Fakes;

namespace EntityKit.Tests.Articles;

/// <summary>
/// The seed article through the whole analyzer with the real English tokenizer and sentence splitter: a recognizer
/// that reports exactly the hand-annotated spans plus spans over every capitalised word of the boilerplate (as a
/// careless model would) must yield the annotated mentions and their entities, and nothing from the boilerplate.
/// </summary>
public sealed class SeedPipelineTests
{
    private static readonly string Text = SeedArticle.Text;

    private static readonly Lazy<ArticleAnalysis> Analysis = new(() => ArticleAnalyzer.CreateBuilder()
        .AddRecognizer(new CharacterSpanRecognizer(
            [.. SeedArticle.Expected.Mentions.Select(m => (m.Start, m.End, m.Type))]))
        .AddRecognizer(new CapitalisedWordRecognizer())
        .Build()
        .Analyze(new Article("seed", Text)));

    [Fact]
    public void Analyze_Seed_BoilerplateMatchesAnnotation() =>
        Assert.Equal(SeedArticle.Expected.Boilerplate, Analysis.Value.Boilerplate.Select(r => (r.Start, r.End)));

    [Fact]
    public void Analyze_Seed_NoMentionInBoilerplate() =>
        Assert.All(Analysis.Value.Mentions, m => Assert.False(Analysis.Value.IsInBoilerplate(m.Start, m.End), m.Text));

    [Fact]
    public void Analyze_Seed_EveryAnnotatedMentionSurvivesWithItsType()
    {
        var found = Analysis.Value.Mentions.Select(m => (m.Start, m.End, m.Type)).ToHashSet();

        Assert.All(SeedArticle.Expected.Mentions, m => Assert.Contains((m.Start, m.End, m.Type), found));
    }

    public static TheoryData<string, string, int> Entities => new()
    {
        { "Lloyd Austin", "PERSON", 2 },
        { "Mohammed Shia Al Sudani", "PERSON", 2 },
        { "Qasim Al Araji", "PERSON", 3 },
        { "Kataib Hezbollah", "ORG", 4 },
        { "Popular Mobilisation Forces", "ORG", 2 },
        { "Central Command", "ORG", 2 },
        { "Iraq", "GPE", 10 },
        { "US", "GPE", 18 },
        { "Wednesday", "DATE", 3 },
    };

    [Theory]
    [MemberData(nameof(Entities))]
    public void Analyze_Seed_ResolvesEntities(string name, string type, int mentions)
    {
        var entity = Assert.Single(Analysis.Value.Entities, e => e.Name == name);

        Assert.Equal((EntityType.FromName(type), mentions), (entity.Type, entity.MentionCount));
    }

    [Fact]
    public void Analyze_Seed_NoEntityNamedFromChrome() =>
        Assert.DoesNotContain(Analysis.Value.Entities, e => e.Name is "Physical" or "Address" or "North" or "Cardinal" or "Dorchester" or "Live");

    /// <summary>Tags every capitalised word as ORG: a stand-in for a model that also fires on site chrome.</summary>
    private sealed class CapitalisedWordRecognizer : IMentionRecognizer
    {
        public string Name => "capitalised";

        public MentionSource Source => MentionSource.Pattern;

        public void Recognize(in RecognitionInput input, List<RecognizedSpan> mentions, CancellationToken cancellationToken)
        {
            for (var i = 0; i < input.Tokens.Length; i++)
            {
                var token = input.Tokens[i].GetText(input.Text);
                if (token.Length > 1 && char.IsUpper(token[0]))
                {
                    mentions.Add(new RecognizedSpan(i, 1, EntityType.Organization, 0.5f));
                }
            }
        }
    }
}
