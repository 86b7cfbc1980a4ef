using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EntityKit.Recognition;

/// <summary>
/// A trained named-entity sequence labeller: hashed sparse features, label-independent emissions over BILOU labels,
/// a first-order transition matrix and constrained Viterbi decoding. As a recognizer layer it reports the model's
/// mentions with a confidence in [0, 1].
/// </summary>
/// <remarks>
/// Immutable and thread-safe without locks: per-call scratch space comes from a pool, and labelling allocates nothing
/// per token. Load one with <see cref="Load(Stream)"/>; <see cref="Save(Stream)"/> writes the versioned binary format
/// described in docs/MODEL.md.
/// </remarks>
public sealed class NerModel : IMentionRecognizer
{
    private readonly NerWorkspacePool _workspaces;
    private readonly ConstrainedViterbi _viterbi;
    private readonly int[] _preparedTransitions;

    /// <summary>Score vectors cached per word: its own features, then those it lends a token at each neighbour offset.</summary>
    private const int CachedVectors = 5;

    /// <summary>Where a neighbour sits from the token it lends features to, in the order of the cached vectors.</summary>
    private static ReadOnlySpan<int> NeighbourOffsets => [-2, -1, 1, 2];

    internal NerModel(
        BilouLabelSet labels,
        FeatureExtractor extractor,
        SparseEmissionTable emissions,
        int[] transitions,
        float scale,
        ConfidenceModel confidence,
        string description)
    {
        if (transitions.Length != labels.Count * labels.Count)
        {
            throw new ArgumentException("The transition matrix does not match the label set.", nameof(transitions));
        }

        Labels = labels;
        Extractor = extractor;
        Emissions = emissions;
        Transitions = transitions;
        Scale = scale;
        Confidence = confidence;
        Description = description;
        _viterbi = new ConstrainedViterbi(labels);
        _preparedTransitions = new int[_viterbi.PreparedSize];
        _viterbi.PrepareTransitions(transitions, _preparedTransitions);
        _workspaces = new NerWorkspacePool(labels.Count, _viterbi.Stride);
    }

    /// <inheritdoc/>
    public string Name => "model";

    /// <inheritdoc/>
    public MentionSource Source => MentionSource.Model;

    /// <summary>The entity types and their BILOU labels.</summary>
    public BilouLabelSet Labels { get; }

    /// <summary>The entity types the model recognizes.</summary>
    public ImmutableArray<EntityType> Types => Labels.Types;

    /// <summary>A free-text note stored in the model: data, command line, seed.</summary>
    public string Description { get; }

    /// <summary>Number of features with at least one non-zero weight.</summary>
    public int FeatureCount => Emissions.FeatureCount;

    /// <summary>Number of non-zero emission weights.</summary>
    public int WeightCount => Emissions.WeightCount;

    internal FeatureExtractor Extractor { get; }

    internal SparseEmissionTable Emissions { get; }

    internal int[] Transitions { get; }

    /// <summary>Weight units per quantisation step.</summary>
    internal float Scale { get; }

    /// <summary>How score margins become confidences.</summary>
    internal ConfidenceModel Confidence { get; }

    /// <summary>
    /// Sentences up to this many tokens take their word and neighbour scores from the word cache; longer ones (which
    /// the cache cannot hold at once) look every context feature up. Lowered only by tests, to compare the two paths.
    /// </summary>
    internal int WordCacheSentenceLimit { get; init; } = FeatureWorkspace.WordCacheCapacity;

    /// <summary>Reads a model written by <see cref="Save(Stream)"/>.</summary>
    /// <param name="stream">The stream, positioned at the model.</param>
    /// <exception cref="ModelFormatException">The data is not a valid model; the message says why.</exception>
    public static NerModel Load(Stream stream) => NerModelFormat.Read(stream);

    /// <summary>Reads a model file.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="ModelFormatException">The file is not a valid model; the message names the file and says why.</exception>
    public static NerModel Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Model file '{path}' does not exist.", path);
        }

        using var stream = File.OpenRead(path);
        try
        {
            return Load(stream);
        }
        catch (ModelFormatException exception)
        {
            throw new ModelFormatException($"'{path}': {exception.Message}", exception);
        }
    }

    /// <summary>Writes the model in the versioned binary format.</summary>
    /// <param name="stream">The destination.</param>
    public void Save(Stream stream) => NerModelFormat.Write(this, stream);

    /// <summary>Writes the model to a file, replacing it.</summary>
    /// <param name="path">The file.</param>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = File.Create(path);
        Save(stream);
    }

    /// <inheritdoc/>
    public void Recognize(in RecognitionInput input, List<RecognizedSpan> mentions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        RecognizeCore(input, mentions, null, cancellationToken);
    }

    /// <summary>A copy of this model without the emission weights whose magnitude is below <paramref name="threshold"/>
    /// (in weight units): smaller and faster, usually a little less accurate.</summary>
    internal NerModel Pruned(float threshold)
    {
        var keys = new List<ulong>();
        var rowStarts = new List<int> { 0 };
        var labels = new List<byte>();
        var weights = new List<short>();
        var table = Emissions;
        for (var r = 0; r < table.Keys.Length; r++)
        {
            var before = labels.Count;
            for (var e = table.RowStarts[r]; e < table.RowStarts[r + 1]; e++)
            {
                if (Math.Abs(table.EntryWeights[e] * Scale) >= threshold)
                {
                    labels.Add(table.EntryLabels[e]);
                    weights.Add(table.EntryWeights[e]);
                }
            }

            if (labels.Count > before)
            {
                keys.Add(table.Keys[r]);
                rowStarts.Add(labels.Count);
            }
        }

        return new NerModel(
            Labels, Extractor, new SparseEmissionTable([.. keys], [.. rowStarts], [.. labels], [.. weights]),
            Transitions, Scale, Confidence, Description);
    }

    /// <summary>A copy of this model whose confidences are computed by another calibration.</summary>
    internal NerModel WithConfidence(ConfidenceModel confidence) =>
        new(Labels, Extractor, Emissions, Transitions, Scale, confidence, Description);

    /// <summary>Recognizes mentions and also reports each mention's margin in weight units.</summary>
    internal void RecognizeCore(in RecognitionInput input, List<RecognizedSpan> mentions, List<float>? margins, CancellationToken cancellationToken) =>
        RecognizeCore(input, [], mentions, margins, cancellationToken);

    /// <summary>
    /// Recognizes mentions with <paramref name="extraEmissions"/> (quantised units, <c>tokens × labels</c>, or empty)
    /// added to the model's own emission scores before decoding: the seam where another model's per-token scores
    /// meet this model's (<see cref="TokenScoreRecognizer"/>).
    /// </summary>
    internal void RecognizeCore(
        in RecognitionInput input, ReadOnlySpan<int> extraEmissions, List<RecognizedSpan> mentions, List<float>? margins, CancellationToken cancellationToken)
    {
        var workspace = _workspaces.Rent();
        try
        {
            Extractor.PrepareDocument(input.Text, input.Tokens, input.Sentences, workspace.Features);
            foreach (var sentence in input.Sentences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var extra = extraEmissions.IsEmpty
                    ? extraEmissions
                    : extraEmissions.Slice(sentence.FirstToken * Labels.Count, sentence.TokenCount * Labels.Count);
                var labels = DecodeSentence(input.Text, input.Tokens, sentence, workspace, extra);
                Extractor.RecordHistory(labels, workspace.Features);
                AddMentions(sentence, labels, workspace, mentions, margins);
            }
        }
        finally
        {
            _workspaces.Return(workspace);
        }
    }

    /// <summary>Labels every token of a document with its BILOU label.</summary>
    internal void LabelDocument(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, ReadOnlySpan<Sentence> sentences, Span<int> labels) =>
        DecodeDocument(text, tokens, sentences, labels, default);

    /// <summary>
    /// Scores every token of a document with the max-marginals of the model's own lattice (<see cref="MaxMarginals"/>):
    /// per token and label, the best valid path through that label minus the best path, in weight units (times
    /// <see cref="Scale"/>): 0 for the label <see cref="LabelDocument"/> decodes, at most 0 for the others,
    /// <see cref="float.NegativeInfinity"/> for a label no valid path reaches. Sentences are decoded as
    /// <see cref="LabelDocument"/> decodes them (the same document history), so the scores describe those labels.
    /// For exports (the accurate tier's training data), not for the analyzer.
    /// </summary>
    /// <param name="text">The document text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="sentences">Its sentences.</param>
    /// <param name="scores">Receives <c>tokens × labels</c> scores, row-major.</param>
    internal void ScoreDocument(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, ReadOnlySpan<Sentence> sentences, Span<float> scores)
    {
        if (scores.Length < tokens.Length * Labels.Count)
        {
            throw new ArgumentException("The score span is shorter than tokens × labels.", nameof(scores));
        }

        DecodeDocument(text, tokens, sentences, default, scores);
    }

    /// <summary>
    /// Decodes a document sentence by sentence (each sentence's labels feed the document history the next ones see)
    /// and writes each token's label to <paramref name="labels"/> and its max-marginals (<see cref="ScoreDocument"/>)
    /// to <paramref name="scores"/>; either may be empty, and then is not computed. One decoding serves both.
    /// </summary>
    internal void DecodeDocument(
        ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, ReadOnlySpan<Sentence> sentences, Span<int> labels, Span<float> scores)
    {
        var l = Labels.Count;
        var marginals = scores.IsEmpty ? null : new MaxMarginals(Labels);
        var workspace = _workspaces.Rent();
        try
        {
            Extractor.PrepareDocument(text, tokens, sentences, workspace.Features);
            foreach (var sentence in sentences)
            {
                var decoded = DecodeSentence(text, tokens, sentence, workspace);
                Extractor.RecordHistory(decoded, workspace.Features);
                if (!labels.IsEmpty)
                {
                    decoded.CopyTo(labels.Slice(sentence.FirstToken, sentence.TokenCount));
                }

                marginals?.Compute(
                    workspace.Emissions.AsSpan(0, sentence.TokenCount * l),
                    Transitions,
                    sentence.TokenCount,
                    Scale,
                    scores.Slice(sentence.FirstToken * l, sentence.TokenCount * l));
            }
        }
        finally
        {
            _workspaces.Return(workspace);
        }
    }

    /// <summary>
    /// Prepares the sentence's features (indexed from its first token, so that the workspace holds one sentence, not
    /// the document) and decodes its labels.
    /// </summary>
    private ReadOnlySpan<int> DecodeSentence(
        ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, Sentence sentence, NerWorkspace workspace, ReadOnlySpan<int> extraEmissions = default)
    {
        var length = sentence.TokenCount;
        workspace.EnsureSentence(length);
        var sentenceTokens = Extractor.PrepareSentence(text, tokens, sentence, workspace.Features);
        var l = Labels.Count;
        var emissions = workspace.Emissions.AsSpan(0, length * l);
        emissions.Clear();
        var features = workspace.Features;
        if (features.WordCacheScores.Length != FeatureWorkspace.WordCacheCapacity * l * CachedVectors)
        {
            features.WordCacheScores = new int[FeatureWorkspace.WordCacheCapacity * l * CachedVectors];
            features.WordCache.Clear();
        }

        if (length <= Math.Min(WordCacheSentenceLimit, features.WordCache.Capacity))
        {
            AddEmissions(text, sentenceTokens, workspace, emissions);
        }
        else
        {
            AddEmissionsTokenByToken(text, sentenceTokens, workspace, emissions);
        }

        if (!extraEmissions.IsEmpty)
        {
            AddVector(extraEmissions, emissions);
        }

        var labels = workspace.Labels.AsSpan(0, length);
        _viterbi.Decode(emissions, _preparedTransitions, length, workspace.BackPointers, workspace.Delta, labels);
        return labels;
    }

    /// <summary>
    /// Adds the emission scores of a sentence. Every word's own features and the features it lends its neighbours at
    /// −2, −1, +1 and +2 depend only on its text, so their summed scores are cached per word (five vectors); only the
    /// truly contextual features (bigrams, position, document and gazetteer evidence) are looked up token by token.
    /// </summary>
    private void AddEmissions(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> sentenceTokens, NerWorkspace workspace, Span<int> emissions)
    {
        var features = workspace.Features;
        var cache = features.WordCache;
        var length = sentenceTokens.Length;
        cache.BeginSentence();

        var l = Labels.Count;
        var stride = l * CachedVectors;
        var scores = features.WordCacheScores;
        var slots = workspace.CacheSlots.AsSpan(0, length);
        var newWords = workspace.NewWordTokens.AsSpan(0, length);
        var newCount = 0;
        for (var t = 0; t < length; t++)
        {
            slots[t] = cache.GetOrAdd(features.CacheKey[t], out var added);
            if (added)
            {
                newWords[newCount++] = t;
            }
        }

        // The sentence's words keep their slots until it is done, so the new ones can be scored after all are placed.
        ScoreNewWords(text, sentenceTokens, newWords[..newCount], slots, workspace, scores);

        // A pipeline over the tokens, so that the cache misses of a token's contextual features overlap with the work
        // on the tokens before it: while token t's rows are added, token t + 1's slots (prefetched one token earlier)
        // are read and its longer rows prefetched, and token t + 2's keys are extracted and their slots prefetched.
        var keys = workspace.Keys.AsSpan();
        var nextKeys = workspace.NextKeys.AsSpan();
        var rows = workspace.Rows.AsSpan();
        var nextRows = workspace.NextRows.AsSpan();
        var count = Extractor.ExtractContextExceptNeighbours(length, 0, features, keys);
        Emissions.Prefetch(keys[..count]);
        var found = Emissions.Gather(keys[..count], emissions[..l], rows);
        if (length > 1)
        {
            count = Extractor.ExtractContextExceptNeighbours(length, 1, features, keys);
            Emissions.Prefetch(keys[..count]);
        }

        for (var t = 0; t < length; t++)
        {
            var nextFound = 0;
            if (t + 1 < length)
            {
                nextFound = Emissions.Gather(keys[..count], emissions.Slice((t + 1) * l, l), nextRows);
                if (t + 2 < length)
                {
                    count = Extractor.ExtractContextExceptNeighbours(length, t + 2, features, nextKeys);
                    Emissions.Prefetch(nextKeys[..count]);
                    var swapKeys = keys;
                    keys = nextKeys;
                    nextKeys = swapKeys;
                }
            }

            var row = emissions.Slice(t * l, l);
            if (t >= 2 && t + 2 < length)
            {
                AddVectors(
                    scores.AsSpan(slots[t] * stride, l),
                    scores.AsSpan(slots[t - 2] * stride + l, l),
                    scores.AsSpan(slots[t - 1] * stride + 2 * l, l),
                    scores.AsSpan(slots[t + 1] * stride + 3 * l, l),
                    scores.AsSpan(slots[t + 2] * stride + 4 * l, l),
                    row);
            }
            else
            {
                AddVector(scores.AsSpan(slots[t] * stride, l), row);
                for (var k = 0; k < NeighbourOffsets.Length; k++)
                {
                    var j = t + NeighbourOffsets[k];
                    if ((uint)j < (uint)length)
                    {
                        AddVector(scores.AsSpan(slots[j] * stride + (k + 1) * l, l), row);
                    }
                }
            }

            Emissions.AddRows(rows[..found], row);
            var swapRows = rows;
            rows = nextRows;
            nextRows = swapRows;
            found = nextFound;
        }
    }

    /// <summary>
    /// Fills the five cached vectors of each new word (its own features, and those it lends a neighbour at −2, −1, +1,
    /// +2). The next new word's five key sets are extracted and prefetched before the current word's are looked up,
    /// so that the cache misses of a word's rare features overlap with the previous word's work.
    /// </summary>
    private void ScoreNewWords(
        ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> sentenceTokens, ReadOnlySpan<int> newWords, ReadOnlySpan<int> slots, NerWorkspace workspace, int[] scores)
    {
        if (newWords.IsEmpty)
        {
            return;
        }

        const int block = FeatureExtractor.MaxFeatures;
        var l = Labels.Count;
        var stride = l * CachedVectors;
        var keys = workspace.WordKeys.AsSpan();
        var nextKeys = workspace.NextWordKeys.AsSpan();
        Span<int> counts = stackalloc int[CachedVectors];
        Span<int> nextCounts = stackalloc int[CachedVectors];
        ExtractWordKeys(text, sentenceTokens, newWords[0], workspace.Features, keys, counts);
        for (var n = 0; n < newWords.Length; n++)
        {
            if (n + 1 < newWords.Length)
            {
                ExtractWordKeys(text, sentenceTokens, newWords[n + 1], workspace.Features, nextKeys, nextCounts);
            }

            var vectors = scores.AsSpan(slots[newWords[n]] * stride, stride);
            vectors.Clear();
            for (var v = 0; v < CachedVectors; v++)
            {
                Emissions.AddAll(keys.Slice(v * block, counts[v]), vectors.Slice(v * l, l));
            }

            var swapKeys = keys;
            keys = nextKeys;
            nextKeys = swapKeys;
            var swapCounts = counts;
            counts = nextCounts;
            nextCounts = swapCounts;
        }
    }

    /// <summary>Extracts and prefetches a word's five key sets (local, then as the neighbour at −2, −1, +1, +2).</summary>
    private void ExtractWordKeys(
        ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> sentenceTokens, int t, FeatureWorkspace features, Span<ulong> keys, Span<int> counts)
    {
        const int block = FeatureExtractor.MaxFeatures;
        counts[0] = Extractor.ExtractLocal(text, sentenceTokens, t, features, keys[..block]);
        for (var k = 0; k < NeighbourOffsets.Length; k++)
        {
            counts[k + 1] = Extractor.ExtractAsNeighbour(t, NeighbourOffsets[k], features, keys.Slice((k + 1) * block, block));
        }

        for (var v = 0; v < CachedVectors; v++)
        {
            Emissions.Prefetch(keys.Slice(v * block, counts[v]));
        }
    }

    /// <summary>
    /// Adds the emission scores of a sentence longer than the word cache: words already cached lend their local
    /// vector, every other feature is looked up; the cache is left as it is.
    /// </summary>
    private void AddEmissionsTokenByToken(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> sentenceTokens, NerWorkspace workspace, Span<int> emissions)
    {
        var features = workspace.Features;
        var cache = features.WordCache;
        var l = Labels.Count;
        var stride = l * CachedVectors;
        var keys = workspace.Keys.AsSpan();
        for (var t = 0; t < sentenceTokens.Length; t++)
        {
            var row = emissions.Slice(t * l, l);
            var cached = cache.Find(features.CacheKey[t]);
            if (cached >= 0)
            {
                AddVector(features.WordCacheScores.AsSpan(cached * stride, l), row);
            }
            else
            {
                Emissions.AddAll(keys[..Extractor.ExtractLocal(text, sentenceTokens, t, features, keys)], row);
            }

            var n = Extractor.ExtractContext(sentenceTokens.Length, t, features, keys);
            Emissions.AddAll(keys[..n], row);
        }
    }

    private void AddMentions(Sentence sentence, ReadOnlySpan<int> labels, NerWorkspace workspace, List<RecognizedSpan> mentions, List<float>? margins)
    {
        var l = Labels.Count;
        var emissions = workspace.Emissions;
        foreach (var (start, end) in new BilouSpans(labels))
        {
            var typeIndex = BilouLabelSet.TypeIndexOf(labels[end - 1]);
            var margin = float.MaxValue;
            for (var u = start; u < end; u++)
            {
                margin = Math.Min(margin, Margin(emissions.AsSpan(u * l, l), labels[u]));
            }

            margins?.Add(margin * Scale);
            var confidence = Confidence.Compute(margin * Scale);
            mentions.Add(new RecognizedSpan(sentence.FirstToken + start, end - start, Labels.Types[typeIndex], confidence));
        }
    }

    /// <summary>
    /// Adds a word's own cached vector and the four its neighbours lend it in one pass over <paramref name="destination"/>
    /// (one load and one store of each destination vector instead of five).
    /// </summary>
    private static void AddVectors(
        ReadOnlySpan<int> own, ReadOnlySpan<int> minus2, ReadOnlySpan<int> minus1, ReadOnlySpan<int> plus1, ReadOnlySpan<int> plus2, Span<int> destination)
    {
        var n = destination.Length;
        if (own.Length < n || minus2.Length < n || minus1.Length < n || plus1.Length < n || plus2.Length < n)
        {
            throw new ArgumentException("A cached vector is shorter than the scores.");
        }

        ref var d = ref MemoryMarshal.GetReference(destination);
        ref var a = ref MemoryMarshal.GetReference(own);
        ref var b = ref MemoryMarshal.GetReference(minus2);
        ref var c = ref MemoryMarshal.GetReference(minus1);
        ref var e = ref MemoryMarshal.GetReference(plus1);
        ref var f = ref MemoryMarshal.GetReference(plus2);
        var i = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            var width = System.Numerics.Vector<int>.Count;
            for (; i + width <= n; i += width)
            {
                var offset = (nuint)i;
                var sum = System.Numerics.Vector.LoadUnsafe(ref d, offset)
                    + System.Numerics.Vector.LoadUnsafe(ref a, offset)
                    + System.Numerics.Vector.LoadUnsafe(ref b, offset)
                    + System.Numerics.Vector.LoadUnsafe(ref c, offset)
                    + System.Numerics.Vector.LoadUnsafe(ref e, offset)
                    + System.Numerics.Vector.LoadUnsafe(ref f, offset);
                System.Numerics.Vector.StoreUnsafe(sum, ref d, offset);
            }
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref d, i) += Unsafe.Add(ref a, i) + Unsafe.Add(ref b, i) + Unsafe.Add(ref c, i) + Unsafe.Add(ref e, i) + Unsafe.Add(ref f, i);
        }
    }

    private static void AddVector(ReadOnlySpan<int> source, Span<int> destination)
    {
        var i = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            var width = System.Numerics.Vector<int>.Count;
            for (; i + width <= source.Length; i += width)
            {
                (new System.Numerics.Vector<int>(source[i..]) + new System.Numerics.Vector<int>(destination[i..])).CopyTo(destination[i..]);
            }
        }

        for (; i < source.Length; i++)
        {
            destination[i] += source[i];
        }
    }

    private static float Margin(ReadOnlySpan<int> row, int chosen)
    {
        var best = int.MinValue;
        for (var i = 0; i < row.Length; i++)
        {
            if (i != chosen && row[i] > best)
            {
                best = row[i];
            }
        }

        return row[chosen] - (float)best;
    }
}
