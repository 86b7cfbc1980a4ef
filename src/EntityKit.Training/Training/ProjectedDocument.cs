using EntityKit.Corpora;
using EntityKit.Text;

namespace EntityKit.Training;

/// <summary>
/// A gold document as the analyzer sees it: detokenized into natural text, then tokenized and split into sentences by
/// the analyzer's tokenizer and splitter, with a way to find the tokens a gold entity (character span) covers.
/// </summary>
internal sealed class ProjectedDocument
{
    private readonly int[] _sentenceOf;

    private ProjectedDocument(DetokenizedDocument detokenized, TokenInfo[] tokens, Sentence[] sentences)
    {
        Detokenized = detokenized;
        Tokens = tokens;
        Sentences = sentences;
        _sentenceOf = new int[tokens.Length];
        for (var s = 0; s < sentences.Length; s++)
        {
            _sentenceOf.AsSpan(sentences[s].FirstToken, sentences[s].TokenCount).Fill(s);
        }
    }

    /// <summary>The detokenized gold document (text and gold entities).</summary>
    public DetokenizedDocument Detokenized { get; }

    /// <summary>The natural text.</summary>
    public string Text => Detokenized.Text;

    /// <summary>Our tokens of the text.</summary>
    public TokenInfo[] Tokens { get; }

    /// <summary>Our sentences.</summary>
    public Sentence[] Sentences { get; }

    /// <summary>Detokenizes, tokenizes and splits a gold document.</summary>
    public static ProjectedDocument Create(BioDocument document, BioDetokenizer detokenizer, ITokenizer tokenizer, ISentenceSplitter splitter)
    {
        var detokenized = detokenizer.Detokenize(document);
        var tokenList = new List<TokenInfo>();
        tokenizer.Tokenize(detokenized.Text, tokenList);
        var sentenceList = new List<Sentence>();
        splitter.Split(detokenized.Text, tokenList.ToArray(), sentenceList);
        return new ProjectedDocument(detokenized, [.. tokenList], [.. sentenceList]);
    }

    /// <summary>
    /// The tokens <c>[First, End)</c> that cover a gold entity; <c>End == First</c> when no token does. <c>Exact</c> is
    /// false when an entity boundary falls inside a token.
    /// </summary>
    public (int First, int End, bool Exact) Cover(GoldEntity entity)
    {
        var first = TokenSearch.FirstEndingAfter(Tokens, entity.Start);
        var end = first;
        while (end < Tokens.Length && Tokens[end].Start < entity.End)
        {
            end++;
        }

        var exact = end > first && Tokens[first].Start == entity.Start && Tokens[end - 1].End == entity.End;
        return (first, end, exact);
    }

    /// <summary>True when tokens <c>[first, end)</c> lie in one sentence.</summary>
    public bool InOneSentence(int first, int end) => _sentenceOf[first] == _sentenceOf[end - 1];

    /// <summary>
    /// Where a gold entity goes on our tokens: the tokens it covers (<see cref="Cover"/>), and whether it conflicts —
    /// one of them is already taken (its value in <paramref name="taken"/> is not <paramref name="free"/>) or it crosses
    /// one of our sentence boundaries.
    /// </summary>
    public EntityPlacement Place(GoldEntity entity, ReadOnlySpan<int> taken, int free)
    {
        var (first, end, exact) = Cover(entity);
        if (end == first)
        {
            return new EntityPlacement(first, end, exact, Conflicts: false);
        }

        var conflicts = taken[first..end].ContainsAnyExcept(free) || !InOneSentence(first, end);
        return new EntityPlacement(first, end, exact, conflicts);
    }
}

/// <summary>Where a gold entity goes on our tokens (see <see cref="ProjectedDocument.Place"/>).</summary>
/// <param name="First">The first covered token.</param>
/// <param name="End">Just past the last covered token; equal to <paramref name="First"/> when no token is covered.</param>
/// <param name="Exact">The entity's boundaries are token boundaries.</param>
/// <param name="Conflicts">A covered token is already taken, or the tokens cross a sentence boundary.</param>
internal readonly record struct EntityPlacement(int First, int End, bool Exact, bool Conflicts)
{
    /// <summary>No token is covered.</summary>
    public bool IsEmpty => End == First;
}
