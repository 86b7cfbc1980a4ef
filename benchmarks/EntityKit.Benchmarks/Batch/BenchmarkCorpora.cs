using EntityKit.Cli.Benchmarking;
using EntityKit.Input;
using EntityKit.Text;

namespace EntityKit.Benchmarks.Batch;

/// <summary>
/// The corpora the batch benchmarks run on, by name: <see cref="Invented"/> (the built-in invented news, small
/// vocabulary), <see cref="NewsLike"/> (the committed, generated <c>benchmarks/corpora/news-like.jsonl</c>: a large
/// vocabulary, rare names, numbers, long sentences) and, on a machine that has the shared data beside the repository,
/// <see cref="OntoNotesDevNewswire"/> (the newswire documents of OntoNotes' <c>dev.bio</c>, detokenized: real news,
/// read where it lies and never copied).
/// </summary>
public static class BenchmarkCorpora
{
    /// <summary>10,000 invented articles (<see cref="BatchCorpus"/>).</summary>
    public const string Invented = "invented";

    /// <summary>The generated news-like articles committed with the benchmarks.</summary>
    public const string NewsLike = "news-like";

    /// <summary>OntoNotes 5.0 dev, genre <c>nw</c> (88 documents, about 52,000 tokens); local runs only.</summary>
    public const string OntoNotesDevNewswire = "ontonotes-dev-nw";

    /// <summary>
    /// The available corpora named in <paramref name="names"/> (comma-separated), in the order of
    /// <see cref="Available"/>; all of them when <paramref name="names"/> is null or blank.
    /// </summary>
    /// <exception cref="ArgumentException">A name is not an available corpus.</exception>
    public static IReadOnlyList<string> Selected(string? names)
    {
        var available = Available.ToList();
        if (string.IsNullOrWhiteSpace(names))
        {
            return available;
        }

        var wanted = names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = wanted.Where(name => !available.Contains(name)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"ENTITYKIT_BENCH_CORPORA names {string.Join(", ", unknown)}; the corpora available here are {string.Join(", ", available)}.", nameof(names));
        }

        return available.Where(wanted.Contains).ToList();
    }

    /// <summary>The corpora available here: the real one only when <c>../shared/data/ontonotes5/dev.bio</c> exists.</summary>
    public static IEnumerable<string> Available =>
        OntoNotesDevPath is null ? [Invented, NewsLike] : [OntoNotesDevNewswire, NewsLike, Invented];

    /// <summary>The committed news-like file.</summary>
    public static string NewsLikePath => Path.Combine(
        RepositoryRoot ?? throw new InvalidOperationException("The EntityKit repository (EntityKit.sln) was not found above " + AppContext.BaseDirectory),
        "benchmarks", "corpora", "news-like.jsonl");

    /// <summary>OntoNotes' dev.bio beside the repository, or <see langword="null"/>.</summary>
    public static string? OntoNotesDevPath
    {
        get
        {
            if (RepositoryRoot is not { } root)
            {
                return null;
            }

            var path = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "ontonotes5", "dev.bio"));
            return File.Exists(path) ? path : null;
        }
    }

    /// <summary>Loads corpus <paramref name="name"/> and counts its tokens.</summary>
    public static BatchCorpus Load(string name) => name switch
    {
        Invented => BatchCorpus.Create(BatchThroughputBenchmarks.InventedArticleCount),
        NewsLike => BatchCorpus.From(ReadJsonl(NewsLikePath)),
        OntoNotesDevNewswire => BatchCorpus.From(BioCorpusArticles.Load(
            OntoNotesDevPath ?? throw new FileNotFoundException("../shared/data/ontonotes5/dev.bio is not beside the repository."), "nw")),
        _ => throw new ArgumentException($"Unknown benchmark corpus '{name}'.", nameof(name)),
    };

    private static List<Article> ReadJsonl(string path)
    {
        var articles = new List<Article>();
        foreach (var record in ArticlePathSource.Create([path]))
        {
            articles.Add(record.Article ?? throw new FormatException($"{path}: {record.Error}"));
        }

        return articles;
    }

    private static string? RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "EntityKit.sln")))
                {
                    return dir.FullName;
                }
            }

            return null;
        }
    }
}
