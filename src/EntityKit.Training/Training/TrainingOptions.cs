using EntityKit.Lexicon;
using EntityKit.Recognition;

namespace EntityKit.Training;

/// <summary>Settings of a perceptron training run.</summary>
/// <remarks>Immutable.</remarks>
public sealed record TrainingOptions
{
    /// <summary>Number of passes over the training data.</summary>
    public int Epochs { get; init; } = 12;

    /// <summary>Seed of the shuffle; the same seed and data give the same model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Seed of the feature hash, stored in the model.</summary>
    public ulong HashSeed { get; init; } = 0x454E_5449_544B_4954UL;

    /// <summary>The entity types and their labels.</summary>
    public BilouLabelSet Labels { get; init; } = BilouLabelSet.OntoNotes;

    /// <summary>
    /// Averaged emission weights with a smaller magnitude are dropped from the model. The default, 1.0, keeps about a
    /// third of the weights: on OntoNotes dev it cost 0.16 F1 and made the analyzer about 30% faster.
    /// </summary>
    public float PruneThreshold { get; init; } = 1.0f;

    /// <summary>Use document-level prediction history features.</summary>
    public bool PredictionHistory { get; init; } = true;

    /// <summary>
    /// Cost-augmented training: while training decodes a sentence, every label other than the gold one gets this many
    /// weight units added to its score, so a sentence counts as right only when gold wins by that margin on every token
    /// (a large-margin perceptron). 0 is the plain perceptron. The default, 60, gained 0.4 OntoNotes dev F1 over the
    /// plain perceptron on each of three seeds (docs/MODEL.md).
    /// </summary>
    public int MarginCost { get; init; } = 60;

    /// <summary>Use the character trigrams inside each word as features (see <see cref="FeatureDropout"/> for the
    /// measurement: with feature dropout they gained on OntoNotes dev, alone they did not).</summary>
    public bool CharacterTrigrams { get; init; }

    /// <summary>
    /// The chance that each feature of a token (but the bias) is left out while training scores and updates it, drawn
    /// afresh every time, so the model cannot lean on a few strong features (such as the word itself) and learns the
    /// weaker ones too. 0 (the default) keeps every feature. Must be in [0, 1).
    /// </summary>
    public double FeatureDropout { get; init; }

    /// <summary>
    /// A feature-count cutoff: features seen fewer times than this in the training documents are left out of training
    /// (and so get no weight). 1 (the default) keeps every feature; 2 leaves out the ~60% of OntoNotes features seen
    /// once, which makes the model smaller (docs/MODEL.md has the measurements). Must be at least 1.
    /// </summary>
    public int MinFeatureCount { get; init; } = 1;

    /// <summary>With word clusters, also use the clusters of the ±2 window and cluster bigrams.</summary>
    public bool ClusterContext { get; init; } = true;

    internal FeatureOptions Features =>
        (PredictionHistory ? FeatureOptions.PredictionHistory : FeatureOptions.None)
        | (CharacterTrigrams ? FeatureOptions.CharacterTrigrams : FeatureOptions.None)
        | (ClusterContext && Clusters is not null ? FeatureOptions.ClusterContext : FeatureOptions.None);

    /// <summary>Word clusters learnt from unlabelled text, used as features and stored in the model; or null.</summary>
    public WordClusters? Clusters { get; init; }

    /// <summary>A gazetteer whose hits are used as features and stored in the model; or null.</summary>
    public Gazetteer? Gazetteer { get; init; }

    internal ITokenLexicon? CreateLexicon() => Clusters is null && Gazetteer is null ? null : HashedLexicon.From(Clusters, Gazetteer);

    /// <summary>A note stored in the model (data, command line).</summary>
    public string Description { get; init; } = string.Empty;
}

/// <summary>What happened in one training epoch.</summary>
/// <param name="Epoch">The 1-based epoch.</param>
/// <param name="SentenceErrors">Sentences whose predicted labels differed from gold.</param>
/// <param name="TokenErrors">Tokens whose predicted label differed from gold.</param>
/// <param name="Tokens">Tokens seen.</param>
/// <param name="TokensPerSecond">Training speed.</param>
/// <param name="DevF1">Micro-F1 of the averaged model on the development set, or NaN without one.</param>
/// <param name="Elapsed">Time since training began.</param>
/// <param name="IsBest">True when this epoch gave the best development score so far.</param>
public readonly record struct EpochReport(
    int Epoch, int SentenceErrors, long TokenErrors, long Tokens, double TokensPerSecond, double DevF1, TimeSpan Elapsed, bool IsBest)
{
    /// <summary>One line for logs.</summary>
    public override string ToString() =>
        $"epoch {Epoch,2}: sentence errors {SentenceErrors,6}, token errors {TokenErrors,7} ({100.0 * TokenErrors / Math.Max(1, Tokens):F2}%), " +
        $"{TokensPerSecond / 1000:F0}k tok/s, dev F1 {(double.IsNaN(DevF1) ? "-" : (100 * DevF1).ToString("F2"))}{(IsBest ? " *" : string.Empty)}, elapsed {Elapsed.TotalSeconds:F1}s";
}
