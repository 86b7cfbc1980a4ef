using EntityKit.Models.English;

namespace EntityKit.Tests.Articles;

/// <summary>
/// The error classes a new user sees first (issue 16), each on short probe sentences written for this test
/// (tests/EntityKit.Tests/Fixtures/Probes/error-classes.tsv), checked against the English pipeline as it is now.
/// </summary>
public sealed class ErrorClassProbeTests
{
    private static readonly ArticleAnalyzer Analyzer = EnglishArticleAnalyzer.Create();

    public static TheoryData<string, string, string> Probes()
    {
        var data = new TheoryData<string, string, string>();
        var path = Path.Combine(SeedArticle.RepositoryRoot.Value, "tests", "EntityKit.Tests", "Fixtures", "Probes", "error-classes.tsv");
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var fields = line.Split('\t');
            data.Add(fields[0], fields[1].Replace("\\n", "\n", StringComparison.Ordinal), fields[2]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Probes))]
    public void Analyze_ProbeSentence_MeetsEveryExpectation(string errorClass, string text, string expectations)
    {
        var analysis = Analyzer.Analyze(new Article(errorClass, text));
        var mentions = analysis.Mentions.Select(m => $"{m.Type.Name}:{m.Text}").ToList();

        foreach (var expectation in expectations.Split("; "))
        {
            var body = expectation[1..];
            var found = string.Join(", ", mentions);
            switch (expectation[0])
            {
                case '+':
                    Assert.True(mentions.Contains(body), $"[{errorClass}] expected mention {body}; found {found}");
                    break;
                case '-' when body.StartsWith("*:", StringComparison.Ordinal):
                    Assert.False(analysis.Mentions.Any(m => m.Text == body[2..]), $"[{errorClass}] unexpected mention '{body[2..]}'; found {found}");
                    break;
                case '-':
                    Assert.False(mentions.Contains(body), $"[{errorClass}] unexpected mention {body}; found {found}");
                    break;
                case '!':
                    Assert.DoesNotContain(analysis.Entities, e => e.Name == body);
                    break;
                case '=':
                    var colon = body.LastIndexOf(':');
                    var entity = Assert.Single(analysis.Entities, e => e.Name == body[..colon]);
                    Assert.Equal(int.Parse(body[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture), entity.MentionIndexes.Length);
                    break;
                default:
                    Assert.Fail($"unknown expectation '{expectation}'");
                    break;
            }
        }
    }
}
