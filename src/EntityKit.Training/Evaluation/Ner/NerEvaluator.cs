using EntityKit.Corpora;
using EntityKit.Recognition;
using EntityKit.Training;

namespace EntityKit.Evaluation.Ner;

/// <summary>Scores a recognizer against a BIO-tagged corpus at entity level (exact span and type).</summary>
public static class NerEvaluator
{
    /// <summary>
    /// <c>tokens</c> mode: labels the gold tokens themselves (gold tokenisation and sentences), isolating the model
    /// from the tokenizer and sentence splitter.
    /// </summary>
    /// <param name="documents">The gold documents.</param>
    /// <param name="recognizer">The recognizer, usually a <see cref="NerModel"/>.</param>
    /// <param name="mapping">How types are compared.</param>
    /// <param name="cancellationToken">Cancels the evaluation.</param>
    public static NerEvaluationReport EvaluateTokens(
        IEnumerable<BioDocument> documents, IMentionRecognizer recognizer, NerTypeMapping mapping, CancellationToken cancellationToken = default) =>
        EvaluateTokens(documents, recognizer, new NerScoreboard(mapping), cancellationToken);

    /// <summary><c>tokens</c> mode into a given scoreboard (for example one that records errors).</summary>
    /// <param name="documents">The gold documents.</param>
    /// <param name="recognizer">The recognizer, usually a <see cref="NerModel"/>.</param>
    /// <param name="board">Receives the counts (and errors, with the documents' text).</param>
    /// <param name="cancellationToken">Cancels the evaluation.</param>
    public static NerEvaluationReport EvaluateTokens(
        IEnumerable<BioDocument> documents, IMentionRecognizer recognizer, NerScoreboard board, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(board);
        var mentions = new List<RecognizedSpan>();
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = GoldTokenDocuments.Build(document, out var tokens, out var sentences, out var entities);
            mentions.Clear();
            recognizer.Recognize(new RecognitionInput(text, tokens, sentences), mentions, cancellationToken);
            board.Add(
                entities.Select(e => new LabelledSpan(tokens[e.FirstToken].Start, tokens[e.EndToken - 1].End, e.Type)),
                mentions.Select(m => new LabelledSpan(tokens[m.FirstToken].Start, tokens[m.EndToken - 1].End, m.Type.Name)),
                text);
        }

        return board.ToReport();
    }

    /// <summary>
    /// <c>raw</c> mode: detokenizes each gold document into natural text, runs the whole analyzer on it and matches
    /// the mentions' character spans exactly against the gold entities' character spans.
    /// </summary>
    /// <param name="documents">The gold documents.</param>
    /// <param name="analyzer">The analyzer.</param>
    /// <param name="mapping">How types are compared.</param>
    /// <param name="cancellationToken">Cancels the evaluation.</param>
    public static NerEvaluationReport EvaluateRaw(
        IEnumerable<BioDocument> documents, IArticleAnalyzer analyzer, NerTypeMapping mapping, CancellationToken cancellationToken = default) =>
        EvaluateRaw(documents, analyzer, new NerScoreboard(mapping), cancellationToken);

    /// <summary><c>raw</c> mode into a given scoreboard (for example one that records errors).</summary>
    /// <param name="documents">The gold documents.</param>
    /// <param name="analyzer">The analyzer.</param>
    /// <param name="board">Receives the counts (and errors, with the documents' text).</param>
    /// <param name="cancellationToken">Cancels the evaluation.</param>
    public static NerEvaluationReport EvaluateRaw(
        IEnumerable<BioDocument> documents, IArticleAnalyzer analyzer, NerScoreboard board, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(board);
        var detokenizer = new BioDetokenizer();
        var detokenized = documents.Select(detokenizer.Detokenize).ToList();
        var articles = detokenized.Select((d, i) => new Article($"doc-{i}", d.Text));
        var index = 0;
        foreach (var analysis in analyzer.AnalyzeMany(articles, cancellationToken: cancellationToken))
        {
            var gold = detokenized[index++];
            if (analysis.Error is { } error)
            {
                throw new InvalidOperationException($"Analysing gold document {index - 1} failed: {error.Message}");
            }

            board.Add(
                gold.Entities.Select(e => new LabelledSpan(e.Start, e.End, e.Type)),
                analysis.Mentions.Select(m => new LabelledSpan(m.Start, m.End, m.Type.Name)),
                gold.Text);
        }

        return board.ToReport();
    }
}
