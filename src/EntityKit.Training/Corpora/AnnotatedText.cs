using System.Collections.Immutable;
using EntityKit.Recognition;
using EntityKit.Training;

namespace EntityKit.Corpora;

/// <summary>
/// A user-annotated text, validated and tokenized: its entities as character spans that start and end on token
/// boundaries, and as token ranges inside one sentence each. Made by <see cref="SpanAnnotationReader"/>.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class AnnotatedText
{
    internal AnnotatedText(
        string? id, string text, ImmutableArray<AnnotatedSpan> spans, ImmutableArray<TokenInfo> tokens,
        ImmutableArray<Sentence> sentences, ImmutableArray<(int FirstToken, int TokenCount)> spanTokens, long lineNumber)
    {
        Id = id;
        Text = text;
        Spans = spans;
        Tokens = tokens;
        Sentences = sentences;
        SpanTokens = spanTokens;
        LineNumber = lineNumber;
    }

    /// <summary>The record's id, or null when it has none.</summary>
    public string? Id { get; }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>The entities, ordered by start.</summary>
    public ImmutableArray<AnnotatedSpan> Spans { get; }

    /// <summary>The text's tokens (the analyzer's tokenizer).</summary>
    public ImmutableArray<TokenInfo> Tokens { get; }

    /// <summary>The text's sentences (the analyzer's splitter; sentences an entity would cross are joined).</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>For each entity of <see cref="Spans"/>, its first token and token count.</summary>
    public ImmutableArray<(int FirstToken, int TokenCount)> SpanTokens { get; }

    /// <summary>The 1-based line of the source it was read from, or 0.</summary>
    public long LineNumber { get; }

    /// <summary>The distinct entity types of its spans, in order of first appearance.</summary>
    public IEnumerable<EntityType> Types => Spans.Select(s => s.Type).Distinct();

    /// <summary>The training document: its tokens and sentences with BILOU gold labels.</summary>
    /// <param name="labels">The label set; entities of types outside it are left O.</param>
    public TrainingDocument ToTrainingDocument(BilouLabelSet labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var gold = new int[Tokens.Length];
        for (var i = 0; i < Spans.Length; i++)
        {
            var typeIndex = labels.IndexOf(Spans[i].Type);
            if (typeIndex >= 0)
            {
                var (first, count) = SpanTokens[i];
                BilouLabelSet.Encode([(0, count, typeIndex)], gold.AsSpan(first, count));
            }
        }

        return new TrainingDocument(Text, [.. Tokens], [.. Sentences], gold);
    }
}
