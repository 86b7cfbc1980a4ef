using System.Collections.Immutable;
using System.Text.Json;

namespace EntityKit.Tests.Articles;

/// <summary>The project's seed article (seeds/ in the repository) and its hand annotation, plus the composed
/// fixtures under tests/EntityKit.Tests/Fixtures/Articles.</summary>
internal static class SeedArticle
{
    public const string Name = "000_a15be56ef1329f35";

    internal static readonly Lazy<string> RepositoryRoot = new(FindRepositoryRoot);

    public static string Text => File.ReadAllText(Path.Combine(RepositoryRoot.Value, "seeds", Name + ".txt"));

    public static Annotation Expected
    {
        get
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Value, "seeds", Name + ".expected.json")));
            var boilerplate = json.RootElement.GetProperty("boilerplate").EnumerateArray()
                .Select(r => (Start: r.GetProperty("start").GetInt32(), End: r.GetProperty("end").GetInt32())).ToImmutableArray();
            var mentions = json.RootElement.GetProperty("mentions").EnumerateArray()
                .Select(m => new GoldMention(
                    m.GetProperty("start").GetInt32(), m.GetProperty("end").GetInt32(), m.GetProperty("text").GetString()!,
                    EntityType.FromName(m.GetProperty("type").GetString()!),
                    m.TryGetProperty("optional", out var optional) && optional.GetBoolean()))
                .ToImmutableArray();
            return new Annotation(boilerplate, mentions);
        }
    }

    /// <summary>The seed's gold mentions as analyzer mentions (token indexes are not needed by resolution).</summary>
    public static ImmutableArray<EntityMention> GoldMentions(bool includeOptional = true) =>
        [.. Expected.Mentions.Where(m => includeOptional || !m.Optional)
            .Select((m, i) => new EntityMention(m.Start, m.End, m.Text, m.Type, 0.9, i, 1))];

    public static string Fixture(string fileName) =>
        File.ReadAllText(Path.Combine(RepositoryRoot.Value, "tests", "EntityKit.Tests", "Fixtures", "Articles", fileName));

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EntityKit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("EntityKit.sln not found above " + AppContext.BaseDirectory);
    }

    public sealed record GoldMention(int Start, int End, string Text, EntityType Type, bool Optional);

    public sealed record Annotation(ImmutableArray<(int Start, int End)> Boilerplate, ImmutableArray<GoldMention> Mentions);
}
