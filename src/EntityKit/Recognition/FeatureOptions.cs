namespace EntityKit.Recognition;

/// <summary>
/// Optional feature groups, recorded in the model. The values are part of the model format: never reuse one. Retired
/// values (groups no longer computed) are listed in <see cref="RetiredFeatureGroups"/>, so that a model asking for one
/// is refused by name.
/// </summary>
[Flags]
internal enum FeatureOptions
{
    /// <summary>The base templates only.</summary>
    None = 0,

    /// <summary>How earlier occurrences of the same capitalised word in the document were labelled.</summary>
    PredictionHistory = 1,

    /// <summary>
    /// Word clusters of the ±2 window and cluster bigrams (needs a lexicon with clusters); when the table carries a
    /// second clustering (levels 4 and up, see <see cref="EntityKit.Lexicon.WordClusters.Concatenate"/>), the same for
    /// its coarsest level.
    /// </summary>
    ClusterContext = 4,

    /// <summary>
    /// The lower-case character trigrams inside the word (the first 17 of a word of four or more characters), so that
    /// unseen names share evidence with seen ones that look alike ("-shui", "wig"). Local features: cached per word.
    /// </summary>
    CharacterTrigrams = 8,
}
