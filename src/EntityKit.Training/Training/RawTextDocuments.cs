using EntityKit.Corpora;
using EntityKit.Recognition;
using EntityKit.Text;

namespace EntityKit.Training;

/// <summary>
/// Prepares training data the way the analyzer sees text: the gold document is detokenized into natural text, our
/// tokenizer and sentence splitter run on that text, and the gold entities (character spans) are projected onto our
/// tokens as BILOU labels.
/// </summary>
public sealed class RawTextDocuments
{
    private readonly BioDetokenizer _detokenizer = new();
    private readonly ITokenizer _tokenizer;
    private readonly ISentenceSplitter _splitter;
    private readonly BilouLabelSet _labels;

    /// <summary>Creates the preparer.</summary>
    /// <param name="tokenizer">The analyzer's tokenizer.</param>
    /// <param name="splitter">The analyzer's sentence splitter.</param>
    /// <param name="labels">The label set; gold types outside it are treated as O.</param>
    public RawTextDocuments(ITokenizer tokenizer, ISentenceSplitter splitter, BilouLabelSet labels)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(splitter);
        ArgumentNullException.ThrowIfNull(labels);
        _tokenizer = tokenizer;
        _splitter = splitter;
        _labels = labels;
    }

    /// <summary>Number of gold entities that could not be projected (they cross a sentence boundary of our splitter
    /// or overlap another entity after projection). Updated by <see cref="Create"/>; not thread-safe.</summary>
    public int DroppedEntities { get; private set; }

    /// <summary>Number of gold entities whose boundaries fall inside one of our tokens (projected to the covering tokens).</summary>
    public int InexactEntities { get; private set; }

    /// <summary>Builds the training document.</summary>
    /// <param name="document">The gold document.</param>
    public TrainingDocument Create(BioDocument document)
    {
        var projected = ProjectedDocument.Create(document, _detokenizer, _tokenizer, _splitter);
        var tokens = projected.Tokens;
        var gold = new int[tokens.Length];
        foreach (var entity in projected.Detokenized.Entities)
        {
            if (!EntityType.TryParse(entity.Type, out var type) || _labels.IndexOf(type) is not (var typeIndex and >= 0))
            {
                continue;
            }

            var (first, end, exact, conflicts) = projected.Place(entity, gold, BilouLabelSet.Outside);
            InexactEntities += end > first && !exact ? 1 : 0;
            if (end == first || conflicts)
            {
                DroppedEntities++;
                continue;
            }

            BilouLabelSet.Encode([(0, end - first, typeIndex)], gold.AsSpan(first, end - first));
        }

        return new TrainingDocument(projected.Text, tokens, projected.Sentences, gold);
    }

}
