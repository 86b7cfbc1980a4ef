namespace EntityKit;

/// <summary>Checks the offset invariants every <see cref="ArticleAnalysis"/> promises.</summary>
internal static class AnalysisInvariants
{
    public static void Validate(ArticleAnalysis analysis)
    {
        var textLength = analysis.Text.Length;
        var previousEnd = 0;
        for (var i = 0; i < analysis.Tokens.Length; i++)
        {
            var token = analysis.Tokens[i];
            if (token.Length <= 0 || token.Start < previousEnd || token.End > textLength)
            {
                throw new ArgumentException(
                    $"Token {i} [{token.Start}, {token.End}) is empty, overlaps the previous token or lies outside the text of length {textLength}.",
                    "tokens");
            }

            previousEnd = token.End;
        }

        var nextToken = 0;
        for (var i = 0; i < analysis.Sentences.Length; i++)
        {
            var sentence = analysis.Sentences[i];
            if (sentence.FirstToken != nextToken || sentence.TokenCount <= 0 || sentence.EndToken > analysis.Tokens.Length
                || sentence.Start != analysis.Tokens[sentence.FirstToken].Start
                || sentence.End != analysis.Tokens[sentence.EndToken - 1].End)
            {
                throw new ArgumentException(
                    $"Sentence {i} (tokens {sentence.FirstToken}..{sentence.EndToken}, [{sentence.Start}, {sentence.End})) does not line up with the tokens: sentences must cover every token once, in order.",
                    "sentences");
            }

            nextToken = sentence.EndToken;
        }

        if (analysis.Sentences.Length > 0 && nextToken != analysis.Tokens.Length)
        {
            throw new ArgumentException($"Sentences end at token {nextToken} but there are {analysis.Tokens.Length} tokens.", "sentences");
        }

        previousEnd = 0;
        for (var i = 0; i < analysis.Mentions.Length; i++)
        {
            var mention = analysis.Mentions[i];
            if (mention.Start < previousEnd || mention.End <= mention.Start || mention.End > textLength)
            {
                throw new ArgumentException(
                    $"Mention {i} [{mention.Start}, {mention.End}) is empty, overlaps the previous mention or lies outside the text.",
                    "mentions");
            }

            if (!analysis.Text.AsSpan(mention.Start, mention.Length).SequenceEqual(mention.Text))
            {
                throw new ArgumentException($"Mention {i}'s text \"{mention.Text}\" differs from the text it covers.", "mentions");
            }

            if (mention.Type.IsDefault || !(mention.Confidence >= 0 && mention.Confidence <= 1))
            {
                throw new ArgumentException($"Mention {i} has no type or a confidence outside [0, 1].", "mentions");
            }

            previousEnd = mention.End;
        }

        previousEnd = 0;
        for (var i = 0; i < analysis.Boilerplate.Length; i++)
        {
            var region = analysis.Boilerplate[i];
            if (region.Start < previousEnd || region.End <= region.Start || region.End > textLength)
            {
                throw new ArgumentException(
                    $"Boilerplate region {i} [{region.Start}, {region.End}) is empty, overlaps the previous region or lies outside the text.",
                    "boilerplate");
            }

            previousEnd = region.End;
        }

        foreach (var entity in analysis.Entities)
        {
            foreach (var index in entity.MentionIndexes)
            {
                if ((uint)index >= (uint)analysis.Mentions.Length)
                {
                    throw new ArgumentException($"Entity '{entity.Name}' refers to mention {index}, which does not exist.", "entities");
                }
            }
        }
    }
}
