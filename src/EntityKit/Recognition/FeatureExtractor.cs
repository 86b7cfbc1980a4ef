using System.Runtime.CompilerServices;

namespace EntityKit.Recognition;

/// <summary>
/// Computes the hashed sparse features of tokens: the word, its lower-case and shape forms, prefixes and suffixes,
/// case and digit classes, a ±2 window of words and shapes, word bigrams, the position in the sentence, evidence from
/// the other occurrences of the same word in the document and, when a lexicon is attached, word clusters and
/// gazetteer hits. Works on spans of the original text and allocates nothing per token.
/// </summary>
/// <remarks>Immutable and thread-safe; per-call state lives in a <see cref="FeatureWorkspace"/>.</remarks>
internal sealed class FeatureExtractor
{
    /// <summary>Upper bound on the number of features of one token.</summary>
    public const int MaxFeatures = 128;

    /// <summary>At most this many character trigrams of one word are features (<see cref="FeatureOptions.CharacterTrigrams"/>).</summary>
    private const int MaxCharacterTrigrams = 17;

    /// <summary>The first level of a second clustering in a table of more than four levels.</summary>
    private const int SecondClusteringLevel = 4;

    /// <summary>The version of the feature templates; a model records it and refuses another.</summary>
    public const int TemplateVersion = 1;

    /// <summary>The optional feature groups this extractor computes; a model that asks for another is refused.</summary>
    public const FeatureOptions SupportedOptions =
        FeatureOptions.PredictionHistory | FeatureOptions.ClusterContext | FeatureOptions.CharacterTrigrams;

    private const byte CapMask = 7;
    private const byte HasDigit = 8;
    private const byte AllDigits = 16;
    private const byte HasHyphen = 32;
    private const byte HasPeriod = 64;
    private const byte PunctuationOnly = 128;

    private const byte SeenLower = 1;
    private const byte SeenCapitalisedInside = 2;
    private const byte SeenSentenceInitialOnly = 4;

    private static readonly ulong BoundaryBefore = FeatureHash.Text("<s>");
    private static readonly ulong BoundaryAfter = FeatureHash.Text("</s>");

    private readonly ulong _seed;
    private readonly ITokenLexicon? _lexicon;
    private readonly FeatureOptions _options;
    private readonly int _typeCount;

    /// <summary>Whether cluster context features are on and the lexicon has clusters.</summary>
    private readonly bool _clusterContext;

    /// <summary>Whether the lexicon's table carries a second clustering (levels 4 and up) whose context is used too.</summary>
    private readonly bool _secondClusteringContext;

    /// <summary>Creates an extractor.</summary>
    /// <param name="seed">The hash seed stored in the model.</param>
    /// <param name="options">Optional feature groups.</param>
    /// <param name="typeCount">Number of entity types of the label set.</param>
    /// <param name="lexicon">Word clusters and gazetteers, or null.</param>
    public FeatureExtractor(ulong seed, FeatureOptions options, int typeCount, ITokenLexicon? lexicon = null)
    {
        _seed = seed;
        _options = options;
        _typeCount = typeCount;
        _lexicon = lexicon;
        _clusterContext = lexicon is not null && (options & FeatureOptions.ClusterContext) != 0;
        _secondClusteringContext = _clusterContext && lexicon!.ClusterLevels > SecondClusteringLevel;
    }

    /// <summary>The optional feature groups in use.</summary>
    public FeatureOptions Options => _options;

    /// <summary>
    /// Records the labels of a decoded sentence, so that later sentences of the document see how earlier occurrences
    /// of their words were labelled (the prediction history). <paramref name="labels"/> are the labels of the sentence
    /// <see cref="PrepareSentence"/> prepared last, indexed from its first token.
    /// </summary>
    public void RecordHistory(ReadOnlySpan<int> labels, FeatureWorkspace workspace)
    {
        if ((_options & FeatureOptions.PredictionHistory) == 0)
        {
            return;
        }

        var width = workspace.HistoryWidth;
        for (var i = 0; i < labels.Length; i++)
        {
            if ((workspace.Classes[i] & CapMask) is not (2 or 3 or 4 or 5))
            {
                continue;
            }

            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(
                workspace.HistorySlots, workspace.Lower[i], out var exists);
            if (!exists)
            {
                slot = workspace.HistorySlots.Count - 1;
                if ((slot + 1) * width > workspace.HistoryCounts.Length)
                {
                    Array.Resize(ref workspace.HistoryCounts, workspace.HistoryCounts.Length * 2);
                }

                workspace.HistoryCounts.AsSpan(slot * width, width).Clear();
            }

            workspace.HistoryCounts[slot * width + BilouLabelSet.TypeIndexOf(labels[i]) + 1]++;
        }
    }

    /// <summary>The hash seed.</summary>
    public ulong Seed => _seed;

    /// <summary>The attached lexicon, or null.</summary>
    public ITokenLexicon? Lexicon => _lexicon;

    /// <summary>
    /// Collects a document's document-level evidence (how each word form appears across its sentences) and clears
    /// the prediction history, keeping nothing per token; then <see cref="PrepareSentence"/> prepares each sentence.
    /// </summary>
    public void PrepareDocument(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, ReadOnlySpan<Sentence> sentences, FeatureWorkspace workspace)
    {
        BeginDocument(workspace);
        var forms = workspace.DocumentForms;
        foreach (var sentence in sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var word = tokens[i].GetText(text);
                var classes = Classify(word);
                if ((classes & CapMask) is 1 or 2 or 3)
                {
                    AddDocumentForm(forms, classes, FeatureHash.Lower(word), i == sentence.FirstToken);
                }
            }
        }
    }

    /// <summary>
    /// Fills the workspace for one sentence of a document prepared by <see cref="PrepareDocument"/>, indexed from 0
    /// (the sentence's first token), and returns the sentence's tokens: extract its features with those tokens and
    /// indices counted from the sentence's start. Gazetteer phrases that cross the sentence's edges count, as do the word
    /// forms of the whole document and the history recorded for earlier sentences. Training and recognition both
    /// prepare features this way, so a model is scored with exactly the features it was trained with.
    /// </summary>
    public ReadOnlySpan<TokenInfo> PrepareSentence(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, Sentence sentence, FeatureWorkspace workspace)
    {
        var length = sentence.TokenCount;
        workspace.EnsureCapacity(length);
        var sentenceTokens = tokens.Slice(sentence.FirstToken, length);
        FillTokens(text, sentenceTokens, workspace);
        if (_lexicon is not null)
        {
            _lexicon.AnnotateRange(text, tokens, sentence.FirstToken, workspace.Cluster.AsSpan(0, length), workspace.Gazetteer.AsSpan(0, length));
        }

        var local = sentence with { FirstToken = 0 };
        MarkEnclosures(text, sentenceTokens, local, workspace.Enclosure);

        var forms = workspace.DocumentForms;
        for (var t = 0; t < length; t++)
        {
            workspace.DocumentFlags[t] = forms.TryGetValue(workspace.Lower[t], out var f) ? f : (byte)0;
        }

        return sentenceTokens;
    }

    private void BeginDocument(FeatureWorkspace workspace)
    {
        workspace.HistorySlots.Clear();
        workspace.HistoryWidth = _typeCount + 1;
        workspace.DocumentForms.Clear();
    }

    private static void FillTokens(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, FeatureWorkspace workspace)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = tokens[i].GetText(text);
            workspace.Word[i] = FeatureHash.Text(word);
            workspace.CacheKey[i] = FeatureHash.Exact(word);
            workspace.Lower[i] = FeatureHash.Lower(word);
            workspace.Shape[i] = FeatureHash.Shape(word, 4);
            workspace.ShortShape[i] = FeatureHash.Shape(word, 1);
            workspace.Classes[i] = Classify(word);
        }
    }

    /// <summary>Records how a word form appears: lower-case, capitalised inside a sentence, or only sentence-initially.</summary>
    private static void AddDocumentForm(Dictionary<ulong, byte> forms, byte classes, ulong lower, bool isSentenceInitial)
    {
        byte flag = (classes & CapMask) switch
        {
            1 => SeenLower,
            2 or 3 => isSentenceInitial ? SeenSentenceInitialOnly : SeenCapitalisedInside,
            _ => 0,
        };
        if (flag != 0)
        {
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(forms, lower, out _);
            slot |= flag;
        }
    }

    /// <summary>Writes all the feature keys of token <paramref name="i"/> of a prepared sentence; returns how many.</summary>
    /// <param name="text">The text.</param>
    /// <param name="sentenceTokens">The sentence's tokens, as <see cref="PrepareSentence"/> returned them.</param>
    /// <param name="i">The token's index in the sentence.</param>
    /// <param name="workspace">The workspace <see cref="PrepareSentence"/> filled.</param>
    /// <param name="keys">Receives up to <see cref="MaxFeatures"/> keys.</param>
    public int Extract(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> sentenceTokens, int i, FeatureWorkspace workspace, Span<ulong> keys)
    {
        var n = ExtractLocal(text, sentenceTokens, i, workspace, keys);
        return n + ExtractContext(sentenceTokens.Length, i, workspace, keys[n..]);
    }

    /// <summary>
    /// Writes the features that depend only on the token's own text (so tokens with equal
    /// <see cref="FeatureWorkspace.CacheKey"/> have equal local features and their scores can be cached); returns how many.
    /// </summary>
    public int ExtractLocal(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, int i, FeatureWorkspace workspace, Span<ulong> keys)
    {
        var n = 0;
        var s = _seed;
        var word = tokens[i].GetText(text);
        keys[n++] = FeatureHash.Combine(s, FeatureTemplates.Bias, 0);
        keys[n++] = FeatureHash.Combine(s, FeatureTemplates.Word, workspace.Word[i]);
        keys[n++] = FeatureHash.Combine(s, FeatureTemplates.LowerWord, workspace.Lower[i]);
        keys[n++] = FeatureHash.Combine(s, FeatureTemplates.Shape, workspace.Shape[i]);
        keys[n++] = FeatureHash.Combine(s, FeatureTemplates.ShortShape, workspace.ShortShape[i]);
        keys[n++] = FeatureHash.Combine(s, FeatureTemplates.CharacterClasses, workspace.Classes[i]);

        var length = word.Length;
        for (var k = 1; k <= 4 && k <= length; k++)
        {
            keys[n++] = FeatureHash.Combine(s, FeatureTemplates.Prefix + k, FeatureHash.Lower(word[..k]));
            keys[n++] = FeatureHash.Combine(s, FeatureTemplates.Suffix + k, FeatureHash.Lower(word[^k..]));
        }

        keys[n++] = FeatureHash.Combine(s, FeatureTemplates.Length, (ulong)Math.Min(length, 8));
        if ((_options & FeatureOptions.CharacterTrigrams) != 0 && length >= 4)
        {
            var last = Math.Min(length - 3, MaxCharacterTrigrams - 1);
            for (var k = 0; k <= last; k++)
            {
                keys[n++] = FeatureHash.Combine(s, FeatureTemplates.CharacterTrigram, FeatureHash.Lower(word.Slice(k, 3)));
            }
        }
        if (_lexicon is not null)
        {
            var current = workspace.Cluster[i];
            for (var level = 0; level < current.Count; level++)
            {
                keys[n++] = FeatureHash.Combine(s, FeatureTemplates.Cluster + level, (ulong)current[level] + 1);
            }

            if (current.Count == 0)
            {
                keys[n++] = FeatureHash.Combine(s, FeatureTemplates.Cluster, 0);
            }

            if ((_options & FeatureOptions.ClusterContext) != 0)
            {
                keys[n++] = FeatureHash.Combine(s, FeatureTemplates.ClusterAndCase, Level(current, 3), (ulong)(workspace.Classes[i] & CapMask));
            }
        }

        return n;
    }

    /// <summary>Writes the features that depend on the token's context in the sentence and document; returns how many.</summary>
    public int ExtractContext(int end, int i, FeatureWorkspace workspace, Span<ulong> keys) =>
        ExtractContext(end, i, workspace, keys, skipNeighbours: false);

    /// <summary>
    /// Writes the context features of token <paramref name="i"/> except those that depend only on the text of a
    /// neighbour inside the sentence (its words, shapes and clusters at ±1 and ±2): <see cref="ExtractAsNeighbour"/>
    /// gives those per neighbour, so that their scores can be cached per word like the local features. Returns how many.
    /// </summary>
    public int ExtractContextExceptNeighbours(int end, int i, FeatureWorkspace workspace, Span<ulong> keys) =>
        ExtractContext(end, i, workspace, keys, skipNeighbours: true);

    /// <summary>
    /// Writes the features a token gets from the token <paramref name="j"/> of its sentence when <paramref name="j"/>
    /// sits at <paramref name="offset"/> (−2, −1, +1 or +2) from it, those that depend only on <paramref name="j"/>'s
    /// text; returns how many. Together with <see cref="ExtractLocal"/> and
    /// <see cref="ExtractContextExceptNeighbours"/> they are exactly the keys of <see cref="Extract"/>.
    /// </summary>
    public int ExtractAsNeighbour(int j, int offset, FeatureWorkspace workspace, Span<ulong> keys)
    {
        var n = 0;
        var s = _seed;
        switch (offset)
        {
            case -2 or 2:
                var left = offset < 0;
                keys[n++] = FeatureHash.Combine(s, left ? FeatureTemplates.LowerWordMinus2 : FeatureTemplates.LowerWordPlus2, workspace.Lower[j]);
                keys[n++] = FeatureHash.Combine(s, left ? FeatureTemplates.ShapeMinus2 : FeatureTemplates.ShapePlus2, workspace.Shape[j]);
                if (_clusterContext)
                {
                    keys[n++] = FeatureHash.Combine(s, left ? FeatureTemplates.CoarseClusterMinus2 : FeatureTemplates.CoarseClusterPlus2, Level(workspace.Cluster[j], 1));
                }

                if (_secondClusteringContext)
                {
                    keys[n++] = FeatureHash.Combine(s, left ? FeatureTemplates.SecondCoarseClusterMinus2 : FeatureTemplates.SecondCoarseClusterPlus2, Level(workspace.Cluster[j], SecondClusteringLevel));
                }

                break;
            case -1 or 1:
                var before = offset < 0;
                keys[n++] = FeatureHash.Combine(s, before ? FeatureTemplates.LowerWordMinus1 : FeatureTemplates.LowerWordPlus1, workspace.Lower[j]);
                keys[n++] = FeatureHash.Combine(s, before ? FeatureTemplates.WordMinus1 : FeatureTemplates.WordPlus1, workspace.Word[j]);
                keys[n++] = FeatureHash.Combine(s, before ? FeatureTemplates.ShapeMinus1 : FeatureTemplates.ShapePlus1, workspace.Shape[j]);
                if (_lexicon is not null)
                {
                    var ids = workspace.Cluster[j];
                    for (var level = 0; level < ids.Count; level++)
                    {
                        keys[n++] = FeatureHash.Combine(s, (before ? FeatureTemplates.ClusterMinus1 : FeatureTemplates.ClusterPlus1) + level, (ulong)ids[level] + 1);
                    }
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(offset), offset, "A neighbour sits at -2, -1, +1 or +2.");
        }

        return n;
    }

    private int ExtractContext(int end, int i, FeatureWorkspace workspace, Span<ulong> keys, bool skipNeighbours)
    {
        var n = 0;
        var s = _seed;
        var lower = workspace.Lower;
        var shape = workspace.Shape;
        var classes = workspace.Classes[i];
        var cap = (ulong)(classes & CapMask);

        var lm2 = Context(lower, end, i - 2);
        var lm1 = Context(lower, end, i - 1);
        var lp1 = Context(lower, end, i + 1);
        var lp2 = Context(lower, end, i + 2);
        // Keys that depend only on a neighbour inside the sentence are left out when skipNeighbours (the caller adds
        // them from ExtractAsNeighbour); out-of-sentence boundary values are always written here.
        var m2 = !skipNeighbours || i - 2 < 0;
        var m1 = !skipNeighbours || i - 1 < 0;
        var p1 = !skipNeighbours || i + 1 >= end;
        var p2 = !skipNeighbours || i + 2 >= end;
        n = Add(keys, n, m2, FeatureHash.Combine(s, FeatureTemplates.LowerWordMinus2, lm2));
        n = Add(keys, n, m1, FeatureHash.Combine(s, FeatureTemplates.LowerWordMinus1, lm1));
        n = Add(keys, n, p1, FeatureHash.Combine(s, FeatureTemplates.LowerWordPlus1, lp1));
        n = Add(keys, n, p2, FeatureHash.Combine(s, FeatureTemplates.LowerWordPlus2, lp2));
        n = Add(keys, n, m1, FeatureHash.Combine(s, FeatureTemplates.WordMinus1, Context(workspace.Word, end, i - 1)));
        n = Add(keys, n, p1, FeatureHash.Combine(s, FeatureTemplates.WordPlus1, Context(workspace.Word, end, i + 1)));

        var sm2 = Context(shape, end, i - 2);
        var sm1 = Context(shape, end, i - 1);
        var sp1 = Context(shape, end, i + 1);
        var sp2 = Context(shape, end, i + 2);
        n = Add(keys, n, m2, FeatureHash.Combine(s, FeatureTemplates.ShapeMinus2, sm2));
        n = Add(keys, n, m1, FeatureHash.Combine(s, FeatureTemplates.ShapeMinus1, sm1));
        n = Add(keys, n, p1, FeatureHash.Combine(s, FeatureTemplates.ShapePlus1, sp1));
        n = Add(keys, n, p2, FeatureHash.Combine(s, FeatureTemplates.ShapePlus2, sp2));
        keys[n++] = FeatureHash.Combine(s, FeatureTemplates.ShapeTrigram, sm1, shape[i], sp1);

        keys[n++] = FeatureHash.Combine(s, FeatureTemplates.LowerBigramBefore, lm1, lower[i]);
        keys[n++] = FeatureHash.Combine(s, FeatureTemplates.LowerBigramAfter, lower[i], lp1);
        keys[n++] = FeatureHash.Combine(s, FeatureTemplates.LowerBigramMinus2Minus1, lm2, lm1);
        keys[n++] = FeatureHash.Combine(s, FeatureTemplates.LowerBigramPlus1Plus2, lp1, lp2);
        keys[n++] = FeatureHash.Combine(s, FeatureTemplates.LowerWordBeforeAndShape, lm1, shape[i]);
        keys[n++] = FeatureHash.Combine(s, FeatureTemplates.ShapeAndLowerWordAfter, shape[i], lp1);

        var position = i == 0 ? 1UL : i == end - 1 ? 2UL : 0UL;
        keys[n++] = FeatureHash.Combine(s, FeatureTemplates.PositionAndCase, position, cap);
        if (i == 0)
        {
            keys[n++] = FeatureHash.Combine(s, FeatureTemplates.SentenceFirstWord, lower[i]);
        }

        var enclosure = workspace.Enclosure[i];
        if (enclosure != 0)
        {
            keys[n++] = FeatureHash.Combine(s, FeatureTemplates.Enclosure, enclosure, cap);
        }

        var documentFlags = workspace.DocumentFlags[i];
        keys[n++] = FeatureHash.Combine(s, FeatureTemplates.DocumentEvidence, documentFlags, cap, position);

        if ((_options & FeatureOptions.PredictionHistory) != 0)
        {
            n = ExtractHistory(i, cap, workspace, keys, n);
        }

        if (_lexicon is not null)
        {
            n = ExtractLexicon(end, i, workspace, keys, n, skipNeighbours);
        }

        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Add(Span<ulong> keys, int n, bool include, ulong key)
    {
        if (include)
        {
            keys[n++] = key;
        }

        return n;
    }

    private int ExtractHistory(int i, ulong cap, FeatureWorkspace workspace, Span<ulong> keys, int n)
    {
        if (cap < 2 || !workspace.HistorySlots.TryGetValue(workspace.Lower[i], out var slot))
        {
            return n;
        }

        var width = workspace.HistoryWidth;
        var counts = workspace.HistoryCounts.AsSpan(slot * width, width);
        var bestType = -1;
        var bestCount = 0;
        for (var k = 1; k < counts.Length; k++)
        {
            if (counts[k] > bestCount)
            {
                bestCount = counts[k];
                bestType = k - 1;
            }
        }

        var majority = counts[0] >= bestCount ? -1 : bestType;
        keys[n++] = FeatureHash.Combine(_seed, FeatureTemplates.HistoryMajority, (ulong)(majority + 1), cap);
        keys[n++] = FeatureHash.Combine(_seed, FeatureTemplates.HistoryBestType, (ulong)(bestType + 1));
        return n;
    }

    private int ExtractLexicon(int end, int i, FeatureWorkspace workspace, Span<ulong> keys, int n, bool skipNeighbours)
    {
        var s = _seed;
        var cluster = workspace.Cluster;
        var current = cluster[i];
        if (i - 1 >= 0 && !skipNeighbours)
        {
            var previous = cluster[i - 1];
            for (var level = 0; level < previous.Count; level++)
            {
                keys[n++] = FeatureHash.Combine(s, FeatureTemplates.ClusterMinus1 + level, (ulong)previous[level] + 1);
            }
        }

        if (i + 1 < end && !skipNeighbours)
        {
            var next = cluster[i + 1];
            for (var level = 0; level < next.Count; level++)
            {
                keys[n++] = FeatureHash.Combine(s, FeatureTemplates.ClusterPlus1 + level, (ulong)next[level] + 1);
            }
        }

        if ((_options & FeatureOptions.ClusterContext) != 0)
        {
            var cm1 = i - 1 >= 0 ? Level(cluster[i - 1], 1) : ulong.MaxValue;
            var cp1 = i + 1 < end ? Level(cluster[i + 1], 1) : ulong.MaxValue;
            var cm2 = i - 2 >= 0 ? Level(cluster[i - 2], 1) : ulong.MaxValue;
            var cp2 = i + 2 < end ? Level(cluster[i + 2], 1) : ulong.MaxValue;
            var c0 = Level(current, 1);
            n = Add(keys, n, !skipNeighbours || i - 2 < 0, FeatureHash.Combine(s, FeatureTemplates.CoarseClusterMinus2, cm2));
            n = Add(keys, n, !skipNeighbours || i + 2 >= end, FeatureHash.Combine(s, FeatureTemplates.CoarseClusterPlus2, cp2));
            keys[n++] = FeatureHash.Combine(s, FeatureTemplates.CoarseClusterBigramBefore, cm1, c0);
            keys[n++] = FeatureHash.Combine(s, FeatureTemplates.CoarseClusterBigramAfter, c0, cp1);
            keys[n++] = FeatureHash.Combine(s, FeatureTemplates.LowerWordBeforeAndCoarseCluster, Context(workspace.Lower, end, i - 1), c0);
            if (_secondClusteringContext)
            {
                n = ExtractSecondClusteringContext(end, i, cluster, keys, n, skipNeighbours);
            }
        }

        var hits = workspace.Gazetteer[i];
        n = AddCategories(s, FeatureTemplates.GazetteerBegin, (uint)hits.Begin, keys, n);
        n = AddCategories(s, FeatureTemplates.GazetteerInside, (uint)hits.Inside, keys, n);
        n = AddCategories(s, FeatureTemplates.GazetteerLast, (uint)hits.Last, keys, n);
        n = AddCategories(s, FeatureTemplates.GazetteerUnit, (uint)hits.Unit, keys, n);
        if (i - 1 >= 0)
        {
            n = AddCategories(s, FeatureTemplates.GazetteerMinus1, (uint)workspace.Gazetteer[i - 1].Any, keys, n);
        }

        if (i + 1 < end)
        {
            n = AddCategories(s, FeatureTemplates.GazetteerPlus1, (uint)workspace.Gazetteer[i + 1].Any, keys, n);
        }

        return n;
    }

    /// <summary>
    /// The ±2 window and bigrams of a second clustering's coarsest level (tables made with
    /// <see cref="EntityKit.Lexicon.WordClusters.Concatenate"/> carry it from level 4 on), like those of the first.
    /// </summary>
    private int ExtractSecondClusteringContext(
        int end, int i, EntityKit.Lexicon.ClusterIds[] cluster, Span<ulong> keys, int n, bool skipNeighbours)
    {
        var s = _seed;
        const int level = SecondClusteringLevel;
        var cm1 = i - 1 >= 0 ? Level(cluster[i - 1], level) : ulong.MaxValue;
        var cp1 = i + 1 < end ? Level(cluster[i + 1], level) : ulong.MaxValue;
        var cm2 = i - 2 >= 0 ? Level(cluster[i - 2], level) : ulong.MaxValue;
        var cp2 = i + 2 < end ? Level(cluster[i + 2], level) : ulong.MaxValue;
        var c0 = Level(cluster[i], level);
        n = Add(keys, n, !skipNeighbours || i - 2 < 0, FeatureHash.Combine(s, FeatureTemplates.SecondCoarseClusterMinus2, cm2));
        n = Add(keys, n, !skipNeighbours || i + 2 >= end, FeatureHash.Combine(s, FeatureTemplates.SecondCoarseClusterPlus2, cp2));
        keys[n++] = FeatureHash.Combine(s, FeatureTemplates.SecondCoarseClusterBigramBefore, cm1, c0);
        keys[n++] = FeatureHash.Combine(s, FeatureTemplates.SecondCoarseClusterBigramAfter, c0, cp1);
        return n;
    }

    private static ulong Level(EntityKit.Lexicon.ClusterIds ids, int level) =>
        ids.Count == 0 ? ulong.MaxValue - 1 : (ulong)ids[Math.Min(level, ids.Count - 1)];

    private static int AddCategories(ulong seed, int template, uint categories, Span<ulong> keys, int n)
    {
        while (categories != 0 && n < keys.Length)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(categories);
            categories &= categories - 1;
            keys[n++] = FeatureHash.Combine(seed, template, (ulong)bit);
        }

        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Context(ulong[] values, int end, int j) =>
        j < 0 ? BoundaryBefore + (ulong)(-j) : j >= end ? BoundaryAfter + (ulong)(j - end) : values[j];

    /// <summary>Marks tokens between double quotes (1) or parentheses (2) within a sentence.</summary>
    private static void MarkEnclosures(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, Sentence sentence, byte[] enclosure)
    {
        var inQuotes = false;
        var parentheses = 0;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var token = tokens[i];
            var c = token.Length == 1 ? FeatureHash.Normalize(text[token.Start]) : '\0';
            if (c == '"')
            {
                inQuotes = !inQuotes;
                enclosure[i] = 0;
                continue;
            }

            if (c == '(')
            {
                parentheses++;
                enclosure[i] = 0;
                continue;
            }

            if (c == ')')
            {
                parentheses = Math.Max(0, parentheses - 1);
                enclosure[i] = 0;
                continue;
            }

            enclosure[i] = (byte)((inQuotes ? 1 : 0) | (parentheses > 0 ? 2 : 0));
        }
    }

    /// <summary>Case, digit and punctuation classes of a token, packed in a byte.</summary>
    internal static byte Classify(ReadOnlySpan<char> word)
    {
        int upper = 0, lower = 0, digits = 0, other = 0;
        var hyphen = false;
        var period = false;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
            else
            {
                other++;
                hyphen |= FeatureHash.Normalize(c) == '-';
                period |= c == '.';
            }
        }

        var letters = upper + lower;
        var firstUpper = word.Length > 0 && char.IsUpper(word[0]);
        byte cap = letters == 0 ? (byte)0
            : upper == 0 ? (byte)1
            : lower == 0 ? (byte)3
            : firstUpper && upper == 1 ? (byte)2
            : firstUpper ? (byte)4 : (byte)5;
        var result = cap;
        if (digits > 0)
        {
            result |= HasDigit;
        }

        if (digits == word.Length && digits > 0)
        {
            result |= AllDigits;
        }

        if (hyphen)
        {
            result |= HasHyphen;
        }

        if (period)
        {
            result |= HasPeriod;
        }

        if (letters == 0 && digits == 0)
        {
            result |= PunctuationOnly;
        }

        return result;
    }
}
