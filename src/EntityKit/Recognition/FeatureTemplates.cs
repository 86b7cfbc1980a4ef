namespace EntityKit.Recognition;

/// <summary>
/// The feature templates of <see cref="FeatureExtractor"/> by name. A feature's key is the hash of the model's seed,
/// its template number and its value, so the numbers are part of every trained model: never renumber one; give a new
/// template an unused number, and raise <see cref="FeatureExtractor.TemplateVersion"/> if the meaning of one changes.
/// A template described as "+ level" or "+ length" takes the numbers that follow it too. Offsets (−2 … +2) are tokens
/// of the same sentence; outside it, a boundary value stands in. Retired numbers, of groups no longer computed
/// (<see cref="RetiredFeatureGroups"/>), must not be reused either: 76–79 (name runs), 120–121 and 124–135 (rich
/// neighbours), 150–155 (lower-case clusters).
/// </summary>
internal static class FeatureTemplates
{
    // The token itself (FeatureExtractor.ExtractLocal).

    /// <summary>The bias, one per token.</summary>
    public const int Bias = 1;

    /// <summary>The word as written.</summary>
    public const int Word = 2;

    /// <summary>The word in lower case, every digit folded to 0.</summary>
    public const int LowerWord = 3;

    /// <summary>The word's shape (<c>Xxxx</c>, <c>dd</c>), runs of a class kept up to four.</summary>
    public const int Shape = 4;

    /// <summary>The word's short shape, runs of a class collapsed (<c>Xx</c>).</summary>
    public const int ShortShape = 5;

    /// <summary>The token's character classes: case pattern, digits, hyphen, period, punctuation only.</summary>
    public const int CharacterClasses = 6;

    /// <summary>The word's length, capped at 8.</summary>
    public const int Length = 7;

    /// <summary>The lower-case prefix of 1 to 4 characters; + length.</summary>
    public const int Prefix = 10;

    /// <summary>The lower-case suffix of 1 to 4 characters; + length.</summary>
    public const int Suffix = 20;

    /// <summary>A lower-case character trigram of the word (<see cref="FeatureOptions.CharacterTrigrams"/>).</summary>
    public const int CharacterTrigram = 26;

    /// <summary>The word's cluster at each level of the lexicon's table; + level (value 0 at level 0: no cluster).</summary>
    public const int Cluster = 80;

    /// <summary>The word's level-3 cluster with its case pattern (<see cref="FeatureOptions.ClusterContext"/>).</summary>
    public const int ClusterAndCase = 114;

    // The window of words and shapes.

    /// <summary>The lower-case word at −2.</summary>
    public const int LowerWordMinus2 = 30;

    /// <summary>The lower-case word at −1.</summary>
    public const int LowerWordMinus1 = 31;

    /// <summary>The lower-case word at +1.</summary>
    public const int LowerWordPlus1 = 32;

    /// <summary>The lower-case word at +2.</summary>
    public const int LowerWordPlus2 = 33;

    /// <summary>The word as written at −1.</summary>
    public const int WordMinus1 = 34;

    /// <summary>The word as written at +1.</summary>
    public const int WordPlus1 = 35;

    /// <summary>The shape at −2.</summary>
    public const int ShapeMinus2 = 40;

    /// <summary>The shape at −1.</summary>
    public const int ShapeMinus1 = 41;

    /// <summary>The shape at +1.</summary>
    public const int ShapePlus1 = 42;

    /// <summary>The shape at +2.</summary>
    public const int ShapePlus2 = 43;

    /// <summary>The shapes at −1, 0 and +1 together.</summary>
    public const int ShapeTrigram = 44;

    // Word bigrams.

    /// <summary>The lower-case words at −1 and 0.</summary>
    public const int LowerBigramBefore = 50;

    /// <summary>The lower-case words at 0 and +1.</summary>
    public const int LowerBigramAfter = 51;

    /// <summary>The lower-case words at −2 and −1.</summary>
    public const int LowerBigramMinus2Minus1 = 52;

    /// <summary>The lower-case words at +1 and +2.</summary>
    public const int LowerBigramPlus1Plus2 = 53;

    /// <summary>The lower-case word at −1 with the token's shape.</summary>
    public const int LowerWordBeforeAndShape = 54;

    /// <summary>The token's shape with the lower-case word at +1.</summary>
    public const int ShapeAndLowerWordAfter = 55;

    // The sentence and the document.

    /// <summary>The position in the sentence (first, last, inside) with the case pattern.</summary>
    public const int PositionAndCase = 60;

    /// <summary>The lower-case word when it opens the sentence.</summary>
    public const int SentenceFirstWord = 61;

    /// <summary>How the word is written elsewhere in the document, with the case pattern and position.</summary>
    public const int DocumentEvidence = 70;

    /// <summary>The type most earlier occurrences of the word were labelled with, or none, with the case pattern
    /// (<see cref="FeatureOptions.PredictionHistory"/>).</summary>
    public const int HistoryMajority = 71;

    /// <summary>The entity type earlier occurrences of the word were labelled with most often
    /// (<see cref="FeatureOptions.PredictionHistory"/>).</summary>
    public const int HistoryBestType = 72;

    /// <summary>Whether the token is between double quotes or in parentheses, with the case pattern.</summary>
    public const int Enclosure = 75;

    // Clusters of the neighbours (with a lexicon).

    /// <summary>The clusters of the word at −1; + level.</summary>
    public const int ClusterMinus1 = 90;

    /// <summary>The clusters of the word at +1; + level.</summary>
    public const int ClusterPlus1 = 100;

    /// <summary>The level-1 cluster at −2 (<see cref="FeatureOptions.ClusterContext"/>).</summary>
    public const int CoarseClusterMinus2 = 110;

    /// <summary>The level-1 cluster at +2.</summary>
    public const int CoarseClusterPlus2 = 111;

    /// <summary>The level-1 clusters at −1 and 0.</summary>
    public const int CoarseClusterBigramBefore = 112;

    /// <summary>The level-1 clusters at 0 and +1.</summary>
    public const int CoarseClusterBigramAfter = 113;

    /// <summary>The lower-case word at −1 with the token's level-1 cluster.</summary>
    public const int LowerWordBeforeAndCoarseCluster = 115;

    /// <summary>The second clustering's coarsest cluster at −2 (tables of more than four levels).</summary>
    public const int SecondCoarseClusterMinus2 = 116;

    /// <summary>The second clustering's coarsest cluster at +2.</summary>
    public const int SecondCoarseClusterPlus2 = 117;

    /// <summary>The second clustering's coarsest clusters at −1 and 0.</summary>
    public const int SecondCoarseClusterBigramBefore = 118;

    /// <summary>The second clustering's coarsest clusters at 0 and +1.</summary>
    public const int SecondCoarseClusterBigramAfter = 119;

    // Gazetteer hits (with a lexicon): one feature per category.

    /// <summary>Categories of phrases that begin at the token.</summary>
    public const int GazetteerBegin = 140;

    /// <summary>Categories of phrases that continue through the token.</summary>
    public const int GazetteerInside = 141;

    /// <summary>Categories of phrases that end at the token.</summary>
    public const int GazetteerLast = 142;

    /// <summary>Categories of one-token phrases that are the token.</summary>
    public const int GazetteerUnit = 143;

    /// <summary>Categories of any phrase covering the token at −1.</summary>
    public const int GazetteerMinus1 = 144;

    /// <summary>Categories of any phrase covering the token at +1.</summary>
    public const int GazetteerPlus1 = 145;
}
