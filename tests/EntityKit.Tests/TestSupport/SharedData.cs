namespace EntityKit.Tests.TestSupport;

/// <summary>
/// Locates the read-only shared training data that lives beside the repository (<c>../shared/data</c> seen from the
/// folder holding <c>EntityKit.sln</c>). Every member is <see langword="null"/> when the data is absent, so tests on a
/// fresh clone can skip instead of failing.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> LazyDirectory = new(Locate);

    /// <summary>The shared data folder, or <see langword="null"/> when it does not exist.</summary>
    public static string? Directory => LazyDirectory.Value;

    /// <summary>OntoNotes 5.0 development split (BIO), or <see langword="null"/> when absent.</summary>
    public static string? OntoNotesDev => File("ontonotes5", "dev.bio");

    /// <summary>OntoNotes 5.0 training split (BIO), or <see langword="null"/> when absent.</summary>
    public static string? OntoNotesTrain => File("ontonotes5", "train.bio");

    /// <summary>CoNLL-2003 development split (BIO), or <see langword="null"/> when absent.</summary>
    public static string? Conll2003Dev => File("conll2003", "dev.bio");

    /// <summary>CoNLL-2003 training split (BIO), or <see langword="null"/> when absent.</summary>
    public static string? Conll2003Train => File("conll2003", "train.bio");

    /// <summary>A file below the shared data folder, or <see langword="null"/> when it (or the folder) is absent.</summary>
    /// <param name="parts">Path segments relative to the shared data folder.</param>
    public static string? File(params string[] parts)
    {
        if (Directory is null)
        {
            return null;
        }

        var path = Path.Combine([Directory, .. parts]);
        return System.IO.File.Exists(path) ? path : null;
    }

    /// <summary>The folder holding <c>EntityKit.sln</c>, found by walking up from the test binaries.</summary>
    public static string? RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (System.IO.File.Exists(Path.Combine(dir.FullName, "EntityKit.sln")))
                {
                    return dir.FullName;
                }
            }

            return null;
        }
    }

    private static string? Locate()
    {
        var root = RepositoryRoot;
        if (root is null)
        {
            return null;
        }

        var candidates = new[]
        {
            Path.GetFullPath(Path.Combine(root, "..", "shared", "data")),
            // Worktrees live one level deeper (for example /work/wt/NAME beside /work/shared).
            Path.GetFullPath(Path.Combine(root, "..", "..", "shared", "data")),
        };
        return candidates.FirstOrDefault(System.IO.Directory.Exists);
    }
}
