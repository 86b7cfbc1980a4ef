using System.Globalization;

namespace EntityKit.Cli.Commands;

/// <summary>
/// Counts the articles that got no mentions because they were clearly not in the recognizers' language, by language,
/// for the one warning line at the end of an <c>analyze</c> run.
/// </summary>
internal sealed class SkippedLanguageTally
{
    private readonly SortedDictionary<string, long> _byLanguage = new(StringComparer.Ordinal);
    private long _total;

    /// <summary>Counts <paramref name="analysis"/> if its recognition was skipped for its language.</summary>
    public void Observe(ArticleAnalysis analysis)
    {
        if (!analysis.RecognitionSkipped)
        {
            return;
        }

        _total++;
        _byLanguage[analysis.Language] = _byLanguage.GetValueOrDefault(analysis.Language) + 1;
    }

    /// <summary>"2 articles got no mentions: not in English (de ×1, fr ×1); --language en analyses them anyway", or null.</summary>
    public string? Warning()
    {
        if (_total == 0)
        {
            return null;
        }

        var languages = string.Join(", ", _byLanguage.Select(pair => string.Create(CultureInfo.InvariantCulture, $"{pair.Key} ×{pair.Value:N0}")));
        var articles = _total == 1 ? "1 article" : string.Create(CultureInfo.InvariantCulture, $"{_total:N0} articles");
        return $"{articles} got no mentions: not in English ({languages}); --language en analyses them anyway.";
    }
}
