using EntityKit.Geo;

namespace EntityKit.Evaluation.Geo;

/// <summary>How one gold toponym was resolved.</summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Gold">The gold toponym.</param>
/// <param name="Mention">The text of our overlapping mention, or null when our NER missed the toponym.</param>
/// <param name="Link">The link of the mention's entity, or null.</param>
/// <param name="ErrorKm">The error distance in km (<see cref="GeoErrorStatistics.MaxErrorKm"/> when missed or unlinked).</param>
public sealed record GeoToponymResult(string DocumentId, GoldToponym Gold, string? Mention, EntityLink? Link, double ErrorKm);

/// <summary>The result of <see cref="GeoEvaluator.Evaluate"/>.</summary>
/// <param name="Documents">Documents analysed.</param>
/// <param name="GoldToponyms">Gold toponyms with coordinates.</param>
/// <param name="Found">Gold toponyms overlapped by one of our GPE, LOC or FAC mentions.</param>
/// <param name="FoundUnlinked">Of <paramref name="Found"/>, those whose entity got no coordinates (scored as
/// <see cref="GeoErrorStatistics.MaxErrorKm"/>).</param>
/// <param name="OnFound">Metrics over the found toponyms: the literature's "for toponyms our NER finds".</param>
/// <param name="OnAllGold">Metrics over all gold toponyms, missed ones scored as <see cref="GeoErrorStatistics.MaxErrorKm"/>.</param>
public sealed record GeoEvaluationReport(int Documents, int GoldToponyms, int Found, int FoundUnlinked,
    GeoErrorStatistics OnFound, GeoErrorStatistics OnAllGold)
{
    /// <summary>Every gold toponym's outcome, in corpus order.</summary>
    public IReadOnlyList<GeoToponymResult> Results { get; init; } = [];
}

/// <summary>
/// Scores toponym resolution end to end: each document goes through an analyzer that links places (an
/// <see cref="Linking.IEntityLinker"/> giving coordinates); a gold toponym is found when one of our GPE, LOC or FAC
/// mentions overlaps it, and its error is the distance from the gold point to the coordinates of that mention's
/// entity's first link.
/// </summary>
public static class GeoEvaluator
{
    /// <summary>Analyses the documents and scores them.</summary>
    /// <param name="documents">The corpus.</param>
    /// <param name="analyzer">An analyzer with a place linker.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public static GeoEvaluationReport Evaluate(IReadOnlyList<GeoDocument> documents, IArticleAnalyzer analyzer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(analyzer);
        var onFound = new List<double>();
        var onAll = new List<double>();
        var results = new List<GeoToponymResult>();
        int gold = 0, found = 0, unlinked = 0;
        var analyses = analyzer.AnalyzeMany(documents.Select(d => d.Article), cancellationToken: cancellationToken);
        var index = 0;
        foreach (var analysis in analyses)
        {
            var document = documents[index++];
            var entityOfMention = EntityOfMention(analysis);
            foreach (var toponym in document.Toponyms)
            {
                gold++;
                var mention = FindPlaceMention(analysis, toponym);
                if (mention < 0)
                {
                    onAll.Add(GeoErrorStatistics.MaxErrorKm);
                    results.Add(new GeoToponymResult(analysis.Id, toponym, null, null, GeoErrorStatistics.MaxErrorKm));
                    continue;
                }

                found++;
                var link = entityOfMention[mention]?.Links.FirstOrDefault(l => l.Latitude is not null && l.Longitude is not null);
                var error = link is null
                    ? GeoErrorStatistics.MaxErrorKm
                    : GreatCircle.DistanceKm(toponym.Latitude, toponym.Longitude, link.Latitude!.Value, link.Longitude!.Value);
                if (link is null)
                {
                    unlinked++;
                }

                onFound.Add(error);
                onAll.Add(error);
                results.Add(new GeoToponymResult(analysis.Id, toponym, analysis.Mentions[mention].Text, link, error));
            }
        }

        return new GeoEvaluationReport(documents.Count, gold, found, unlinked, GeoErrorStatistics.From(onFound), GeoErrorStatistics.From(onAll))
        {
            Results = results,
        };
    }

    private static Entity?[] EntityOfMention(ArticleAnalysis analysis)
    {
        var map = new Entity?[analysis.Mentions.Length];
        foreach (var entity in analysis.Entities)
        {
            foreach (var mention in entity.MentionIndexes)
            {
                map[mention] = entity;
            }
        }

        return map;
    }

    private static int FindPlaceMention(ArticleAnalysis analysis, GoldToponym toponym)
    {
        var mentions = analysis.Mentions;
        for (var i = 0; i < mentions.Length; i++)
        {
            var mention = mentions[i];
            if (mention.Start < toponym.End && toponym.Start < mention.End
                && (mention.Type == EntityType.Gpe || mention.Type == EntityType.Location || mention.Type == EntityType.Facility))
            {
                return i;
            }
        }

        return -1;
    }
}
