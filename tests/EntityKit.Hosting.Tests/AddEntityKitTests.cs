using EntityKit.Hosting.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EntityKit.Hosting.Tests;

public sealed class AddEntityKitTests
{
    private static ServiceProvider BuildProvider(ListLoggerProvider logs, Action<EntityKitOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        services.AddEntityKit(configure);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddEntityKit_ResolvesOneSharedEnglishAnalyzer()
    {
        using var provider = BuildProvider(new ListLoggerProvider());

        var analyzer = provider.GetRequiredService<IArticleAnalyzer>();
        var analysis = analyzer.Analyze(new Article("a", "Lloyd Austin visited Baghdad."));

        Assert.Same(analyzer, provider.GetRequiredService<IArticleAnalyzer>());
        Assert.Contains(analysis.Mentions, m => m.Text == "Lloyd Austin" && m.Type == EntityType.Person);
    }

    [Fact]
    public void AddEntityKit_Configured_BuildsTheAnalyzerWithThoseOptions()
    {
        using var provider = BuildProvider(new ListLoggerProvider(), options =>
            options.Analyzer = new AnalyzerOptions { MaxArticleLength = 123, DetectBoilerplate = false });

        var analyzer = provider.GetRequiredService<ArticleAnalyzer>();

        Assert.Equal(123, analyzer.Options.MaxArticleLength);
        Assert.False(analyzer.Options.DetectBoilerplate);
    }

    [Fact]
    public void AddEntityKit_ConfigureBuilder_AddsTheLayerAfterTheEnglishPipeline()
    {
        using var provider = BuildProvider(new ListLoggerProvider(), options =>
            options.ConfigureBuilder = builder => builder.AddRecognizer(new FailingRecognizer("never-in-text")));

        var analyzer = provider.GetRequiredService<ArticleAnalyzer>();

        Assert.Equal("failing", analyzer.Recognizers[^1].Name);
        Assert.True(analyzer.Recognizers.Length > 1);
    }

    [Fact]
    public void AddEntityKit_FirstResolution_LogsModelLoadWithLayersAndTime()
    {
        var logs = new ListLoggerProvider();
        using var provider = BuildProvider(logs);

        provider.GetRequiredService<IArticleAnalyzer>();

        var ready = Assert.Single(logs.Entries, e => e.EventId.Name == "AnalyzerReady");
        Assert.Equal("EntityKit", ready.Category);
        Assert.Equal(LogLevel.Information, ready.Level);
        Assert.Matches(@"^EntityKit analyzer ready with the embedded English model \(layers: .+\) in \d+ ms$", ready.Message);
    }

    [Fact]
    public void AnalyzeMany_ArticleTooLongAndBrokenLayer_LogsWarningAndErrorNamingEachArticle()
    {
        var logs = new ListLoggerProvider();
        using var provider = BuildProvider(logs, options =>
        {
            options.Analyzer = new AnalyzerOptions { MaxArticleLength = 40 };
            options.ConfigureBuilder = builder => builder.AddRecognizer(new FailingRecognizer("boom"));
        });
        var analyzer = provider.GetRequiredService<IArticleAnalyzer>();
        Article[] articles = [new("ok", "Lloyd Austin visited Baghdad."), new("long", new string('a', 41)), new("broken", "boom went the layer")];

        var results = analyzer.AnalyzeMany(articles).ToList();

        Assert.Equal(["ok", "long", "broken"], results.Select(r => r.Id));
        var warning = Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.StartsWith("Article 'long' was not analysed:", warning.Message, StringComparison.Ordinal);
        var error = Assert.Single(logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal("Article 'broken' failed: System.InvalidOperationException: The layer cannot handle 'boom'.", error.Message);
    }

    [Fact]
    public void Analyze_SingleArticleThrows_LogsAndRethrows()
    {
        var logs = new ListLoggerProvider();
        using var provider = BuildProvider(logs, options => options.Analyzer = new AnalyzerOptions { MaxArticleLength = 5 });
        var analyzer = provider.GetRequiredService<IArticleAnalyzer>();

        Assert.Throws<ArticleTooLongException>(() => analyzer.Analyze(new Article("big", "too long for five")));

        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.StartsWith("Article 'big'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnalyzeManyAsync_FailedArticle_IsLoggedAndKeptInPlace()
    {
        var logs = new ListLoggerProvider();
        using var provider = BuildProvider(logs, options => options.Analyzer = new AnalyzerOptions { MaxArticleLength = 10 });
        var analyzer = provider.GetRequiredService<IArticleAnalyzer>();

        var ids = new List<string>();
        await foreach (var result in analyzer.AnalyzeManyAsync(Articles("short", "x", "far too long here", "y")))
        {
            ids.Add(result.Id + (result.Succeeded ? "" : "!"));
        }

        Assert.Equal(["1", "2", "3!", "4"], ids);
        Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.StartsWith("Article '3'", StringComparison.Ordinal));
    }

    [Fact]
    public void AddEntityKit_NullServices_Throws() =>
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => EntityKitServiceCollectionExtensions.AddEntityKit(null!)).ParamName);

    private static async IAsyncEnumerable<Article> Articles(params string[] texts)
    {
        for (var i = 0; i < texts.Length; i++)
        {
            await Task.Yield();
            yield return new Article((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), texts[i]);
        }
    }
}
