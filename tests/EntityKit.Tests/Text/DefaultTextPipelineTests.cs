namespace EntityKit.Tests.Text;

public sealed class DefaultTextPipelineTests
{
    [Fact]
    public void Build_WithoutTokenizerOrSplitter_UsesEnglishTokenizerAndSentenceSplitter()
    {
        const string text = "Iraq’s government denounced the Iran-backed strikes. Mr. Austin didn't comment.";

        var analysis = ArticleAnalyzer.CreateBuilder().Build().Analyze(new Article("seed", text));

        Assert.Equal(
            ["Iraq", "’s", "government", "denounced", "the", "Iran", "-", "backed", "strikes", ".", "Mr.", "Austin", "did", "n't", "comment", "."],
            Enumerable.Range(0, analysis.Tokens.Length).Select(i => analysis.GetTokenText(i).ToString()));
        Assert.Equal(2, analysis.Sentences.Length);
    }
}
