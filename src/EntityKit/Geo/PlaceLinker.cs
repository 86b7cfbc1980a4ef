using System.Collections.Immutable;
using EntityKit.Linking;

namespace EntityKit.Geo;

/// <summary>
/// Links GPE, LOC and FAC entities to an offline <see cref="GeoGazetteer"/> (GeoNames towns with coordinates,
/// first- and second-level divisions, countries; continents and large regions), and NORP entities that are demonyms
/// to their country. A name's readings are ranked by a population prior, the kind of place (countries and states
/// before towns of the same name, national capitals first), the countries and states the article names elsewhere, a
/// state or country written right after the mention ("Alexandria, La."), the publisher's country, and closeness to
/// the article's other places.
/// </summary>
/// <remarks>Immutable and thread-safe. Works once per entity, never per token.</remarks>
public sealed class PlaceLinker : IEntityLinker
{
    /// <summary>Readings within this distance of another place of the article gain <see cref="NearbyBonus"/> per
    /// such place, up to <see cref="MaxNearbyPlaces"/> places.</summary>
    private const double NearbyKm = 200;
    private const double NearbyBonus = 1.5;
    private const int MaxNearbyPlaces = 3;

    /// <summary>A town or division in the article's home country (<see cref="HomeCountries"/>) gains this much.</summary>
    private const double HomeCountryBonus = 4;

    /// <summary>A town or county with a local reading of another name of the article within <see cref="NeighbourKm"/>
    /// gains <see cref="NeighbourBonus"/> per such name (<see cref="NeighbourReadings"/>), up to
    /// <see cref="MaxNearbyPlaces"/> names.</summary>
    private const double NeighbourKm = 50;
    private const double NeighbourBonus = 2;

    private static readonly string[] DirectionPrefixes =
        ["north ", "south ", "east ", "west ", "northeast ", "northwest ", "southeast ", "southwest ", "central ", "northern ",
         "southern ", "eastern ", "western ", "downtown ", "greater ", "upstate "];

    private readonly GeoGazetteer _gazetteer;
    private readonly PlaceLinkerOptions _options;

    /// <summary>Creates a linker over a gazetteer.</summary>
    /// <param name="gazetteer">The gazetteer.</param>
    /// <param name="options">Options; null for <see cref="PlaceLinkerOptions.Default"/>.</param>
    public PlaceLinker(GeoGazetteer gazetteer, PlaceLinkerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
        _options = options ?? PlaceLinkerOptions.Default;
    }

    /// <inheritdoc/>
    public ImmutableArray<Entity> Link(in EntityLinkingInput input, CancellationToken cancellationToken)
    {
        var entities = input.Entities;
        if (entities.IsDefaultOrEmpty)
        {
            return entities.IsDefault ? [] : entities;
        }

        var context = BuildContext(input);
        var readings = new List<GeoCandidate>?[entities.Length];
        var qualifiers = new PlaceQualifiers?[entities.Length];
        var firstChoice = new GeoCandidate?[entities.Length];
        for (var i = 0; i < entities.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!IsPlace(entities[i].Type))
            {
                continue;
            }

            readings[i] = CandidatesOf(entities[i], input);
            qualifiers[i] = PlaceQualifiers.After(input.Article.Text, input.Mentions, entities[i], _gazetteer);
            firstChoice[i] = Best(readings[i]!, entities[i], context, qualifiers[i]!, secondPass: null, self: i).Candidate;
        }

        var anchors = Anchors(firstChoice);
        var neighbours = new NeighbourReadings(_gazetteer, readings);
        var home = new HomeCountries(entities.Length);
        for (var i = 0; i < firstChoice.Length; i++)
        {
            if (firstChoice[i] is { } choice)
            {
                home.Add(i, _gazetteer.CountryOf(choice), entities[i].MentionCount);
            }
        }

        var builder = entities.ToBuilder();
        for (var i = 0; i < builder.Count; i++)
        {
            var entity = builder[i];
            EntityLink? link;
            if (entity.Type == EntityType.Norp)
            {
                link = _options.LinkNationalities && _gazetteer.CountryOfDemonym(PlaceNames.Key(entity.Name)) is { } nationality
                    ? _gazetteer.LinkOf(nationality, 0)
                    : null;
            }
            else if (readings[i] is { Count: > 0 } candidates)
            {
                var (best, score) = Best(candidates, entity, context, qualifiers[i]!, (anchors, neighbours), self: i, home.Of(i));
                link = best is { } chosen ? _gazetteer.LinkOf(chosen, Math.Round(score, 3)) : null;
            }
            else
            {
                link = IsPlace(entity.Type) ? GeoRegions.RegionLink(PlaceNames.Key(entity.Name)) : null;
            }

            if (link is not null)
            {
                builder[i] = entity.WithLinks([link]);
            }
        }

        return builder.MoveToImmutable();
    }

    private bool IsPlace(EntityType type) =>
        type == EntityType.Gpe || type == EntityType.Location || _options.LinkFacilities && type == EntityType.Facility;

    /// <summary>Points of the first-pass readings that are towns or counties: places a neighbour may be near.</summary>
    private List<(int Entity, double Latitude, double Longitude)> Anchors(GeoCandidate?[] choices)
    {
        var anchors = new List<(int, double, double)>();
        for (var i = 0; i < choices.Length; i++)
        {
            if (choices[i] is { } choice && (choice.Kind == GeoPlaceKind.Town || choice.Kind == GeoPlaceKind.Division && _gazetteer.Division(choice.Index).Level == 2))
            {
                var (latitude, longitude) = _gazetteer.PointOf(choice);
                anchors.Add((i, latitude, longitude));
            }
        }

        return anchors;
    }

    private PlaceContext BuildContext(in EntityLinkingInput input)
    {
        var context = new PlaceContext(_options.PublisherCountry ?? PlaceContext.CountryOfUrl(input.Article.Url));
        var entities = input.Entities;
        for (var i = 0; i < entities.Length; i++)
        {
            var entity = entities[i];
            if (entity.Type == EntityType.Norp)
            {
                if (_gazetteer.CountryOfDemonym(PlaceNames.Key(entity.Name)) is { } nationality)
                {
                    context.AddCountry(_gazetteer.CountryOf(nationality), i, entity.MentionCount);
                }

                continue;
            }

            if (!IsPlace(entity.Type))
            {
                continue;
            }

            foreach (var candidate in CandidatesOf(entity, input))
            {
                if (candidate.Kind == GeoPlaceKind.Country)
                {
                    context.AddCountry(_gazetteer.CountryOf(candidate), i, entity.MentionCount);
                }
                else if (candidate.Kind == GeoPlaceKind.Division && _gazetteer.Division(candidate.Index).Level == 1)
                {
                    context.AddDivision(_gazetteer.Division(candidate.Index).Code, i, entity.MentionCount);
                    context.AddCountry(_gazetteer.CountryOf(candidate), i, entity.MentionCount);
                }
            }
        }

        return context;
    }

    /// <summary>The readings of the entity's name and aliases: a state abbreviation ("Kan.") is its state only; a
    /// country's everyday name ("Britain") its country; "New York City" is also read as "New York", "North Texas"
    /// as "Texas". An abbreviation whose dot the sentence's full stop took ("in Pa.") is read with its dot.</summary>
    private List<GeoCandidate> CandidatesOf(Entity entity, in EntityLinkingInput input)
    {
        var candidates = new List<GeoCandidate>();
        var dotAfter = FollowedByDot(entity, input);
        foreach (var name in entity.Aliases.Prepend(entity.Name))
        {
            var abbreviated = StateAbbreviations.DivisionOf(name) ?? (dotAfter && name == entity.Name ? StateAbbreviations.DivisionOf(name + ".") : null);
            if (abbreviated is { } state && _gazetteer.DivisionByCode(state) is { } division)
            {
                AddNew(candidates, division);
                continue;
            }

            var key = PlaceNames.Key(name);
            if (GeoRegions.CountryAliases.TryGetValue(key, out var code) && _gazetteer.CountryByCode(code) is { } country)
            {
                AddNew(candidates, country);
                continue;
            }

            var found = _gazetteer.Find(key);
            if (found.Length == 0 && key.EndsWith(" city", StringComparison.Ordinal))
            {
                found = _gazetteer.Find(key[..^5]);
            }

            if (found.Length == 0 && Array.Find(DirectionPrefixes, p => key.StartsWith(p, StringComparison.Ordinal)) is { } direction)
            {
                // "Northeast Georgia", "South Philadelphia": the place the part is of.
                found = _gazetteer.Find(key[direction.Length..]);
            }

            foreach (var candidate in found)
            {
                AddNew(candidates, candidate);
            }
        }

        return candidates;
    }

    /// <summary>Whether a mention of the entity is followed right away by a dot in the text.</summary>
    private static bool FollowedByDot(Entity entity, in EntityLinkingInput input)
    {
        var text = input.Article.Text;
        foreach (var index in entity.MentionIndexes)
        {
            if (index >= 0 && index < input.Mentions.Length && input.Mentions[index].End is var end && end < text.Length && text[end] == '.')
            {
                return true;
            }
        }

        return false;
    }

    private static void AddNew(List<GeoCandidate> candidates, GeoCandidate candidate)
    {
        if (!candidates.Contains(candidate))
        {
            candidates.Add(candidate);
        }
    }

    private (GeoCandidate? Candidate, double Score) Best(
        List<GeoCandidate> candidates, Entity entity, PlaceContext context, PlaceQualifiers qualifiers,
        (List<(int Entity, double Latitude, double Longitude)> Anchors, NeighbourReadings Neighbours)? secondPass, int self, string? homeCountry = null)
    {
        GeoCandidate? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var candidate in candidates)
        {
            var score = Score(candidate, self, context, qualifiers);
            if (secondPass is { } pass && candidate.Kind != GeoPlaceKind.Country)
            {
                score += NearbyBonus * PlacesNear(candidate, pass.Anchors, self);
                if (NeighbourReadings.IsLocal(_gazetteer, candidate))
                {
                    var (latitude, longitude) = _gazetteer.PointOf(candidate);
                    score += NeighbourBonus * pass.Neighbours.EntitiesNear(latitude, longitude, self, NeighbourKm, MaxNearbyPlaces);
                }
            }

            if (homeCountry is not null && candidate.Kind != GeoPlaceKind.Country && _gazetteer.CountryOf(candidate) == homeCountry)
            {
                score += HomeCountryBonus;
            }

            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return (best, bestScore);
    }

    private int PlacesNear(GeoCandidate candidate, List<(int Entity, double Latitude, double Longitude)> anchors, int self)
    {
        var (latitude, longitude) = _gazetteer.PointOf(candidate);
        var near = 0;
        foreach (var anchor in anchors)
        {
            if (anchor.Entity != self && GreatCircle.DistanceKm(latitude, longitude, anchor.Latitude, anchor.Longitude) <= NearbyKm
                && ++near == MaxNearbyPlaces)
            {
                break;
            }
        }

        return near;
    }

    private double Score(GeoCandidate candidate, int self, PlaceContext context, PlaceQualifiers qualifiers)
    {
        var country = _gazetteer.CountryOf(candidate);
        var state = _gazetteer.DivisionOf(candidate);
        var score = Math.Log10(_gazetteer.PopulationOf(candidate) + 10);
        score += candidate.Kind switch
        {
            GeoPlaceKind.Country => 4,
            GeoPlaceKind.Division => _gazetteer.Division(candidate.Index).Level == 1 ? 1.5 : 0.5,
            _ => _gazetteer.Town(candidate.Index).FeatureCode switch
            {
                "PPLC" => 3,
                "PPLA" => 1,
                "PPLA2" => 0.5,
                _ => 0,
            },
        };

        // Context from the article's other places (the entity's own name never counts for itself).
        var isState = candidate.Kind == GeoPlaceKind.Division && _gazetteer.Division(candidate.Index).Level == 1;
        if (candidate.Kind != GeoPlaceKind.Country && context.CountryMentions(country, self) > 0)
        {
            score += 2;
        }

        if (!isState && candidate.Kind != GeoPlaceKind.Country && context.DivisionMentions(state, self) > 0)
        {
            score += 4;
        }

        if (qualifiers.Matches(country, state))
        {
            score += 8;
        }

        if (context.PublisherCountry == country)
        {
            score += 1.5;
        }

        return score;
    }
}
