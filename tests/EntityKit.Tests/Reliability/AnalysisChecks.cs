using System.Globalization;
using System.Text;

namespace EntityKit.Tests.Reliability;

/// <summary>The promises every analysis keeps, checked from the outside, and a canonical form for comparing runs.</summary>
internal static class AnalysisChecks
{
    /// <summary>
    /// Checks that the analysis succeeded and that every offset (tokens, sentences, mentions, boilerplate) lies inside
    /// the text, on a UTF-16 boundary that never splits a surrogate pair, that Substring accepts it and gives the
    /// mention's text, that mentions never overlap, and that entities partition the mentions.
    /// </summary>
    public static void AssertWellFormed(string text, ArticleAnalysis analysis)
    {
        Assert.True(analysis.Succeeded, analysis.Error?.ToString());
        Assert.Same(text, analysis.Text);

        var previousEnd = 0;
        foreach (var token in analysis.Tokens)
        {
            AssertRange(text, token.Start, token.End, "token");
            Assert.True(token.Start >= previousEnd, "tokens overlap");
            previousEnd = token.End;
        }

        foreach (var sentence in analysis.Sentences)
        {
            AssertRange(text, sentence.Start, sentence.End, "sentence");
        }

        previousEnd = 0;
        foreach (var mention in analysis.Mentions)
        {
            AssertRange(text, mention.Start, mention.End, "mention");
            Assert.True(mention.Start >= previousEnd, $"mention [{mention.Start},{mention.End}) overlaps the one before");
            Assert.Equal(text.Substring(mention.Start, mention.End - mention.Start), mention.Text);
            Assert.InRange(mention.Confidence, 0f, 1f);
            previousEnd = mention.End;
        }

        foreach (var region in analysis.Boilerplate)
        {
            AssertRange(text, region.Start, region.End, "boilerplate region");
        }

        var covered = analysis.Entities.SelectMany(e => e.MentionIndexes).Order().ToArray();
        Assert.Equal(Enumerable.Range(0, analysis.Mentions.Length), covered);
        foreach (var entity in analysis.Entities)
        {
            Assert.InRange(entity.Salience, 0, 1);
            Assert.False(string.IsNullOrEmpty(entity.Name), "an entity has a name");
        }
    }

    private static void AssertRange(string text, int start, int end, string what)
    {
        Assert.True(start >= 0 && start < end && end <= text.Length, $"{what} [{start},{end}) outside the text of length {text.Length}");
        Assert.False(SplitsPair(text, start), $"{what} starts inside a surrogate pair at {start}");
        Assert.False(SplitsPair(text, end), $"{what} ends inside a surrogate pair at {end}");
        _ = text.Substring(start, end - start);
    }

    /// <summary>True when <paramref name="index"/> falls between the two halves of a surrogate pair.</summary>
    private static bool SplitsPair(string text, int index) =>
        index > 0 && index < text.Length && char.IsHighSurrogate(text[index - 1]) && char.IsLowSurrogate(text[index]);

    /// <summary>Everything an analysis reports, in one string, so that two runs can be compared exactly.</summary>
    public static string Fingerprint(ArticleAnalysis analysis)
    {
        var builder = new StringBuilder();
        builder.Append(analysis.Id).Append('|').Append(analysis.Error?.ToString()).Append('\n');
        foreach (var t in analysis.Tokens)
        {
            builder.Append(CultureInfo.InvariantCulture, $"t{t.Start},{t.Length},{t.Kind},{t.Flags};");
        }

        builder.Append('\n');
        foreach (var s in analysis.Sentences)
        {
            builder.Append(CultureInfo.InvariantCulture, $"s{s.FirstToken},{s.TokenCount};");
        }

        builder.Append('\n');
        foreach (var m in analysis.Mentions)
        {
            builder.Append(CultureInfo.InvariantCulture, $"m{m.Start},{m.End},{m.Type},{m.Confidence:R},{m.Source};");
        }

        builder.Append('\n');
        foreach (var e in analysis.Entities)
        {
            builder.Append(CultureInfo.InvariantCulture,
                $"e{e.Name}|{e.Type}|{string.Join('/', e.Aliases)}|{string.Join('/', e.MentionIndexes)}|{e.Salience:R}|{string.Join('/', e.Roles)};");
        }

        builder.Append('\n');
        foreach (var r in analysis.Boilerplate)
        {
            builder.Append(CultureInfo.InvariantCulture, $"b{r.Start},{r.End},{r.Kind};");
        }

        return builder.ToString();
    }
}
