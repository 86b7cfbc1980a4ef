using EntityKit.Recognition;
using Microsoft.ML.OnnxRuntime;

namespace EntityKit.Models.English.Accurate;

/// <summary>
/// Runs the exported encoder tagger (<c>tools/encoder/ekencoder/export_onnx.py</c>: inputs <c>input_ids</c>,
/// <c>attention_mask</c>, <c>case_ids</c>; output <c>logits</c> [batch, pieces, labels]) on a document's sentences
/// (<see cref="EncoderWindows"/>) and hands each token the logits of its first word piece. Windows of similar length
/// are run together in batches, padded with <c>[PAD]</c> and masked.
/// </summary>
/// <remarks>Thread-safe: ONNX Runtime sessions may run concurrently; per-call buffers are the call's own.</remarks>
internal sealed class OnnxTokenScorer : ITokenLabelScorer, IDisposable
{
    /// <summary>
    /// At most this many padded pieces go into one run: a few short sentences together, a long one alone. Small runs
    /// keep the encoder's intermediate tensors in the caches; on one core (`entitykit bench --bio dev.bio --genre nw
    /// --model accurate-tagger`) 4,096 gave 5,085 tokens/s, 1,024 7,898, 256 11,646, 128 12,775 and 64 12,909.
    /// </summary>
    private const int PiecesPerBatch = 128;

    private static readonly string[] InputNames = ["input_ids", "attention_mask", "case_ids"];
    private static readonly string[] OutputNames = ["logits"];

    private readonly InferenceSession _session;
    private readonly WordPieceVocabulary _vocabulary;
    private readonly WordPieceTokenizer _tokenizer;

    public OnnxTokenScorer(InferenceSession session, WordPieceVocabulary vocabulary, BilouLabelSet labels, int maxPieces, bool packSentences = false)
    {
        PackSentences = packSentences;
        _session = session;
        _vocabulary = vocabulary;
        _tokenizer = new WordPieceTokenizer(vocabulary);
        Labels = labels;
        MaxPieces = maxPieces;
    }

    public BilouLabelSet Labels { get; }

    /// <summary>The longest sequence given to the encoder, [CLS] and [SEP] included.</summary>
    public int MaxPieces { get; }

    /// <summary>Whether consecutive sentences share windows (<see cref="EncoderWindows"/>), as the tagger was trained.</summary>
    public bool PackSentences { get; }

    internal WordPieceTokenizer Tokenizer => _tokenizer;

    public void ScoreTokens(
        ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, ReadOnlySpan<Sentence> sentences, Span<float> scores, CancellationToken cancellationToken)
    {
        var windows = new EncoderWindows();
        windows.Build(text, tokens, sentences, _tokenizer, MaxPieces, PackSentences);
        var order = Enumerable.Range(0, windows.Windows.Count).OrderBy(w => windows.Windows[w].Length).ToArray();
        var l = Labels.Count;
        for (var next = 0; next < order.Length;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var width = windows.Windows[order[next]].Length;
            var count = 1;
            while (next + count < order.Length)
            {
                var longer = windows.Windows[order[next + count]].Length;
                if ((count + 1) * longer > PiecesPerBatch)
                {
                    break;
                }

                width = longer;
                count++;
            }

            RunBatch(windows, order.AsSpan(next, count), width, scores, l);
            next += count;
        }
    }

    private void RunBatch(EncoderWindows windows, ReadOnlySpan<int> batch, int width, Span<float> scores, int l)
    {
        var ids = new long[batch.Length * width];
        var mask = new long[batch.Length * width];
        var cases = new long[batch.Length * width];
        Array.Fill(ids, _vocabulary.Padding);
        for (var row = 0; row < batch.Length; row++)
        {
            windows.Write(batch[row], _vocabulary, ids.AsSpan(row * width, width), mask.AsSpan(row * width, width), cases.AsSpan(row * width, width));
        }

        long[] shape = [batch.Length, width];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var casesValue = OrtValue.CreateTensorValueFromMemory(cases, shape);
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, InputNames, [idsValue, maskValue, casesValue], OutputNames);
        var logits = outputs[0].GetTensorDataAsSpan<float>();
        for (var row = 0; row < batch.Length; row++)
        {
            var (firstToken, endToken, _) = windows.Windows[batch[row]];
            for (var t = firstToken; t < endToken; t++)
            {
                var position = windows.FirstPiece(batch[row], t);
                logits.Slice((row * width + position) * l, l).CopyTo(scores.Slice(t * l, l));
            }
        }
    }

    public void Dispose() => _session.Dispose();
}
