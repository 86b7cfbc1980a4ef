using System.Text;
using EntityKit.Corpora;
using EntityKit.Recognition;

namespace EntityKit.Training;

/// <summary>
/// Turns a BIO document into a <see cref="TrainingDocument"/> that keeps the gold tokenisation: Penn Treebank
/// escapes become the characters they stand for (<c>-LRB-</c> → <c>(</c>, <c>``</c> → <c>"</c>), tokens are joined
/// by single spaces and sentences by line breaks. Used by the <c>tokens</c> evaluation mode.
/// </summary>
public static class GoldTokenDocuments
{
    /// <summary>Builds the training document.</summary>
    /// <param name="document">The BIO document.</param>
    /// <param name="labels">The label set; gold types outside it are treated as O.</param>
    public static TrainingDocument Create(BioDocument document, BilouLabelSet labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var text = Build(document, out var tokens, out var sentences, out var entities);
        var gold = new int[tokens.Length];
        var spans = new List<(int, int, int)>();
        foreach (var sentence in sentences)
        {
            spans.Clear();
            foreach (var entity in entities)
            {
                if (entity.FirstToken >= sentence.FirstToken && entity.EndToken <= sentence.EndToken
                    && EntityType.TryParse(entity.Type, out var type) && labels.IndexOf(type) is var index and >= 0)
                {
                    spans.Add((entity.FirstToken - sentence.FirstToken, entity.TokenCount, index));
                }
            }

            BilouLabelSet.Encode(spans.ToArray(), gold.AsSpan(sentence.FirstToken, sentence.TokenCount));
        }

        return new TrainingDocument(text, tokens, sentences, gold);
    }

    /// <summary>
    /// Builds the text of a BIO document with one token per gold token, and its gold entities as token ranges of the
    /// whole document with their original type labels.
    /// </summary>
    /// <param name="document">The BIO document.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="sentences">Its sentences.</param>
    /// <param name="entities">Its gold entities.</param>
    /// <returns>The text.</returns>
    public static string Build(BioDocument document, out TokenInfo[] tokens, out Sentence[] sentences, out BioSpan[] entities)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder();
        var tokenList = new List<TokenInfo>();
        var sentenceList = new List<Sentence>();
        var entityList = new List<BioSpan>();
        foreach (var sentence in document.Sentences)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            var firstToken = tokenList.Count;
            var sentenceStart = text.Length;
            for (var i = 0; i < sentence.Tokens.Length; i++)
            {
                if (i > 0)
                {
                    text.Append(' ');
                }

                var surface = Unescape(sentence.Tokens[i]);
                var flags = i == 0 && firstToken > 0 ? TokenFlags.SpaceBefore | TokenFlags.LineBreakBefore : TokenFlags.SpaceBefore;
                tokenList.Add(new TokenInfo(text.Length, surface.Length, TokenKind.Word, flags));
                text.Append(surface);
            }

            sentenceList.Add(new Sentence(sentenceStart, text.Length, firstToken, sentence.Tokens.Length));
            foreach (var span in sentence.GetSpans())
            {
                entityList.Add(span with { FirstToken = span.FirstToken + firstToken });
            }
        }

        tokens = [.. tokenList];
        sentences = [.. sentenceList];
        entities = [.. entityList];
        return text.ToString();
    }

    /// <summary>The character(s) a Penn Treebank token stands for.</summary>
    /// <param name="token">The gold token.</param>
    public static string Unescape(string token) => token switch
    {
        "-LRB-" => "(",
        "-RRB-" => ")",
        "-LSB-" => "[",
        "-RSB-" => "]",
        "-LCB-" => "{",
        "-RCB-" => "}",
        "``" or "''" => "\"",
        "/." => ".",
        "/?" => "?",
        "/-" => "-",
        _ => token.Length == 2 && token[0] == '/' && !char.IsLetterOrDigit(token[1]) ? token[1..] : token,
    };
}
