namespace EntityKit.Models.English.Accurate;

/// <summary>
/// The encoder's input for a document, built as <c>ekencoder/data.py</c> (<c>build_examples</c>) builds it for
/// training: a window is the sequence <c>[CLS]</c>, its tokens' word pieces (each token's cut to the budget),
/// <c>[SEP]</c>, with the token's case class on each of its pieces and 0 on <c>[CLS]</c>/<c>[SEP]</c>. A sentence whose
/// pieces exceed <c>maxPieces − 2</c> is cut greedily into consecutive stretches at token boundaries, so nothing is
/// truncated. Each stretch is its own window, or, when the tagger was trained with packed windows, consecutive
/// stretches share a window while their pieces fit the budget, so that each sentence is labelled with its neighbours
/// in view. Each token's label is read at its first piece.
/// </summary>
/// <remarks>Scratch for one call; not shared between threads.</remarks>
internal sealed class EncoderWindows
{
    private readonly List<int> _pieces = [];
    private readonly List<int> _tokenPieceStart = [];
    private readonly List<int> _tokenPieceCount = [];
    private readonly List<int> _tokenCase = [];

    /// <summary>The windows: first token, end token (document indexes), and the sequence length with [CLS]/[SEP].</summary>
    public List<(int FirstToken, int EndToken, int Length)> Windows { get; } = [];

    /// <summary>Builds the windows of <paramref name="sentences"/>, consecutive ones sharing windows when
    /// <paramref name="packSentences"/> is set.</summary>
    public void Build(
        ReadOnlySpan<char> text,
        ReadOnlySpan<TokenInfo> tokens,
        ReadOnlySpan<Sentence> sentences,
        WordPieceTokenizer tokenizer,
        int maxPieces,
        bool packSentences = false)
    {
        var budget = maxPieces - 2;
        _pieces.Clear();
        _tokenPieceStart.Clear();
        _tokenPieceCount.Clear();
        _tokenCase.Clear();
        Windows.Clear();
        for (var t = 0; t < tokens.Length; t++)
        {
            var start = _pieces.Count;
            var tokenText = tokens[t].GetText(text);
            tokenizer.AddPieces(tokenText, _pieces);
            if (_pieces.Count - start > budget)
            {
                _pieces.RemoveRange(start + budget, _pieces.Count - start - budget);
            }

            _tokenPieceStart.Add(start);
            _tokenPieceCount.Add(_pieces.Count - start);
            _tokenCase.Add(CaseClass.Of(tokenText));
        }

        foreach (var sentence in sentences)
        {
            var first = sentence.FirstToken;
            while (first < sentence.EndToken)
            {
                var end = first;
                var used = 0;
                while (end < sentence.EndToken && used + _tokenPieceCount[end] <= budget)
                {
                    used += _tokenPieceCount[end];
                    end++;
                }

                AddStretch(first, end, used, budget, packSentences);
                first = end;
            }
        }
    }

    private void AddStretch(int first, int end, int pieces, int budget, bool packSentences)
    {
        if (packSentences && Windows.Count > 0)
        {
            var (previousFirst, previousEnd, previousLength) = Windows[^1];
            if (previousEnd == first && previousLength - 2 + pieces <= budget)
            {
                Windows[^1] = (previousFirst, end, previousLength + pieces);
                return;
            }
        }

        Windows.Add((first, end, pieces + 2));
    }

    /// <summary>Writes window <paramref name="window"/>'s sequence into row buffers of the batch (padded by the caller).</summary>
    public void Write(int window, WordPieceVocabulary vocabulary, Span<long> ids, Span<long> mask, Span<long> cases)
    {
        var (firstToken, endToken, length) = Windows[window];
        ids[0] = vocabulary.Classify;
        var position = 1;
        for (var t = firstToken; t < endToken; t++)
        {
            var start = _tokenPieceStart[t];
            for (var p = 0; p < _tokenPieceCount[t]; p++)
            {
                ids[position] = _pieces[start + p];
                cases[position] = _tokenCase[t];
                position++;
            }
        }

        ids[position] = vocabulary.Separator;
        mask[..length].Fill(1);
    }

    /// <summary>Position of token <paramref name="token"/>'s first piece in window <paramref name="window"/>'s sequence.</summary>
    public int FirstPiece(int window, int token) =>
        1 + _tokenPieceStart[token] - _tokenPieceStart[Windows[window].FirstToken];
}
