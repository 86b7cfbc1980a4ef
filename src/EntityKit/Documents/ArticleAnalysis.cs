using System.Collections.Immutable;
using System.Globalization;

namespace EntityKit;

/// <summary>
/// The analysis of one article: its tokens, sentences, entity mentions and entities, all with half-open UTF-16
/// offsets into <see cref="Text"/>, the caller's original text.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. When <see cref="Error"/> is set the article could not be analysed and the collections
/// are empty; batches still return such a result in the article's place.
/// </remarks>
public sealed class ArticleAnalysis
{
    /// <summary>Creates an analysis. Used by the analyzer, and by tests that build results without a model.</summary>
    /// <param name="id">The article's identifier.</param>
    /// <param name="text">The original text.</param>
    /// <param name="tokens">Tokens in text order.</param>
    /// <param name="sentences">Sentences in text order.</param>
    /// <param name="mentions">Mentions in text order, not overlapping.</param>
    /// <param name="entities">Entities of the article.</param>
    /// <param name="boilerplate">Boilerplate regions of the text, in order and not overlapping; default for none.</param>
    /// <exception cref="ArgumentException">A range falls outside the text, or a mention's text differs from the
    /// text it covers.</exception>
    public ArticleAnalysis(
        string id,
        string text,
        ImmutableArray<TokenInfo> tokens,
        ImmutableArray<Sentence> sentences,
        ImmutableArray<EntityMention> mentions,
        ImmutableArray<Entity> entities,
        ImmutableArray<TextRegion> boilerplate = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
        Tokens = tokens.IsDefault ? [] : tokens;
        Sentences = sentences.IsDefault ? [] : sentences;
        Mentions = mentions.IsDefault ? [] : mentions;
        Entities = entities.IsDefault ? [] : entities;
        Boilerplate = boilerplate.IsDefault ? [] : boilerplate;
        AnalysisInvariants.Validate(this);
    }

    private ArticleAnalysis(string id, string text, AnalysisError error)
    {
        Id = id;
        Text = text;
        Tokens = [];
        Sentences = [];
        Mentions = [];
        Entities = [];
        Boilerplate = [];
        Error = error;
    }

    /// <summary>Creates the result of an article that could not be analysed.</summary>
    /// <param name="id">The article's identifier.</param>
    /// <param name="text">The article's text (may be empty when it could not be read).</param>
    /// <param name="error">What went wrong.</param>
    public static ArticleAnalysis Failed(string id, string text, AnalysisError error)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(error);
        return new ArticleAnalysis(id, text, error);
    }

    /// <summary>
    /// The article's language: an ISO 639-1 code ("en", "de"…), the caller's <see cref="AnalyzerOptions.Language"/>
    /// when given, "und" when the text gave too little evidence, "mis" for a script the identifier does not name.
    /// </summary>
    public string Language { get; init; } = Languages.LanguageIdentification.Undetermined;

    /// <summary>
    /// True when the article was found clearly in another language than the analyzer's recognizers are made for, so
    /// no mention was sought (tokens and sentences are still there). Set <see cref="AnalyzerOptions.Language"/> to
    /// analyse it anyway.
    /// </summary>
    public bool RecognitionSkipped { get; init; }

    /// <summary>The article's identifier.</summary>
    public string Id { get; }

    /// <summary>The original text every offset refers to.</summary>
    public string Text { get; }

    /// <summary>Tokens in text order.</summary>
    public ImmutableArray<TokenInfo> Tokens { get; }

    /// <summary>Sentences in text order; together they cover every token exactly once.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>Entity mentions in text order; they never overlap.</summary>
    public ImmutableArray<EntityMention> Mentions { get; }

    /// <summary>The article's entities, most salient first.</summary>
    public ImmutableArray<Entity> Entities { get; }

    /// <summary>
    /// Regions of the text found to be site chrome (addresses, navigation, promotion, legal notices, language
    /// switchers), in text order; the analyzer takes no mention from them. Empty when detection is off
    /// (<see cref="AnalyzerOptions.DetectBoilerplate"/>).
    /// </summary>
    public ImmutableArray<TextRegion> Boilerplate { get; }

    /// <summary>True when the character range <c>[start, end)</c> overlaps a boilerplate region.</summary>
    /// <param name="start">Start of the range.</param>
    /// <param name="end">End of the range (exclusive).</param>
    public bool IsInBoilerplate(int start, int end)
    {
        foreach (var region in Boilerplate)
        {
            if (region.Overlaps(start, end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Why the article could not be analysed, or null when it was.</summary>
    public AnalysisError? Error { get; }

    /// <summary>True when the article was analysed.</summary>
    public bool Succeeded => Error is null;

    /// <summary>
    /// A one-line summary for logs and debuggers: the id, the counts and the (at most three) most salient entities,
    /// for example <c>ArticleAnalysis a1: 2 sentences, 8 tokens, 2 mentions, 2 entities; top: Lloyd Austin (PERSON),
    /// Baghdad (GPE)</c>; or, for a failed analysis, <c>ArticleAnalysis a1: failed: …</c>.
    /// </summary>
    public override string ToString()
    {
        if (Error is { } error)
        {
            return $"ArticleAnalysis {Id}: failed: {error.Message}";
        }

        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"ArticleAnalysis {Id}: {Count(Sentences.Length, "sentence")}, {Count(Tokens.Length, "token")}, {Count(Mentions.Length, "mention")}, {Count(Entities.Length, "entity", "entities")}");
        return Entities.IsEmpty
            ? summary
            : $"{summary}; top: {string.Join(", ", Entities.Take(TopEntitiesShown).Select(e => $"{e.Name} ({e.Type.Name})"))}";
    }

    private const int TopEntitiesShown = 3;

    private static string Count(int count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? singular : plural ?? singular + "s")}");

    /// <summary>The characters of a token.</summary>
    /// <param name="index">The token's index.</param>
    public ReadOnlySpan<char> GetTokenText(int index) => Tokens[index].GetText(Text);

    /// <summary>The text of a sentence.</summary>
    /// <param name="index">The sentence's index.</param>
    public ReadOnlySpan<char> GetSentenceText(int index)
    {
        var sentence = Sentences[index];
        return Text.AsSpan(sentence.Start, sentence.Length);
    }
}
