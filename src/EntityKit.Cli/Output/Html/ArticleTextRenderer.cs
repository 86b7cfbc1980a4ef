using System.Globalization;
using System.Text.Encodings.Web;

namespace EntityKit.Cli.Output.Html;

/// <summary>
/// Writes an article's text as HTML: each mention a <c>&lt;mark&gt;</c> in its type's colour whose tooltip gives the
/// type, confidence, source and entity; boilerplate regions greyed. The text is cut at every mention and region
/// edge, so a mention that crosses a region edge (possible only in hand-built analyses) is still shown whole.
/// </summary>
internal static class ArticleTextRenderer
{
    /// <summary>Below this confidence a mention is drawn with a dashed outline (the legend says so).</summary>
    public const float LowConfidence = 0.5f;

    public static void Write(TextWriter output, ArticleAnalysis analysis, HtmlEncoder encoder)
    {
        var text = analysis.Text;
        var entityOfMention = EntityOfMention(analysis);
        var boundaries = new SortedSet<int> { 0, text.Length };
        foreach (var mention in analysis.Mentions)
        {
            boundaries.Add(mention.Start);
            boundaries.Add(mention.End);
        }

        foreach (var region in analysis.Boilerplate)
        {
            boundaries.Add(region.Start);
            boundaries.Add(region.End);
        }

        int mentionIndex = 0, regionIndex = 0;
        var previous = 0;
        foreach (var boundary in boundaries.Where(b => b > 0))
        {
            var (start, end) = (previous, boundary);
            previous = boundary;
            while (mentionIndex < analysis.Mentions.Length && analysis.Mentions[mentionIndex].End <= start)
            {
                mentionIndex++;
            }

            while (regionIndex < analysis.Boilerplate.Length && analysis.Boilerplate[regionIndex].End <= start)
            {
                regionIndex++;
            }

            var inRegion = regionIndex < analysis.Boilerplate.Length && analysis.Boilerplate[regionIndex].Start <= start;
            var inMention = mentionIndex < analysis.Mentions.Length && analysis.Mentions[mentionIndex].Start <= start;
            if (inRegion)
            {
                output.Write($"<span class=\"boilerplate\" title=\"boilerplate: {analysis.Boilerplate[regionIndex].Kind}\">");
            }

            if (inMention)
            {
                WriteMarkStart(output, analysis.Mentions[mentionIndex], entityOfMention[mentionIndex], encoder);
            }

            output.Write(encoder.Encode(text[start..end]));
            if (inMention)
            {
                output.Write("</mark>");
            }

            if (inRegion)
            {
                output.Write("</span>");
            }
        }
    }

    private static void WriteMarkStart(TextWriter output, EntityMention mention, Entity? entity, HtmlEncoder encoder)
    {
        var tooltip = string.Create(
            CultureInfo.InvariantCulture,
            $"{mention.Type.Name} · confidence {mention.Confidence:0.00} · {mention.Source.ToString().ToLowerInvariant()}{(entity is null ? "" : $" · entity: {entity.Name}")}");
        var lowConfidence = mention.Confidence < LowConfidence ? " low" : "";
        output.Write(
            $"<mark class=\"mention{lowConfidence}\" style=\"background:{EntityTypeColors.Of(mention.Type)}\" data-type=\"{encoder.Encode(mention.Type.Name)}\" " +
            $"data-confidence=\"{mention.Confidence.ToString("0.0000", CultureInfo.InvariantCulture)}\" title=\"{encoder.Encode(tooltip)}\">");
    }

    private static Entity?[] EntityOfMention(ArticleAnalysis analysis)
    {
        var entities = new Entity?[analysis.Mentions.Length];
        foreach (var entity in analysis.Entities)
        {
            foreach (var index in entity.MentionIndexes)
            {
                if ((uint)index < (uint)entities.Length)
                {
                    entities[index] = entity;
                }
            }
        }

        return entities;
    }
}
