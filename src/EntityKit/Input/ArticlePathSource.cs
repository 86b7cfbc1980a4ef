using System.Collections;
using System.Collections.Immutable;

namespace EntityKit.Input;

/// <summary>
/// The articles of a list of paths, read lazily in order: a <c>.txt</c> file is one article (id = file name without
/// extension; see <see cref="TextArticleReader"/>), a <c>.html</c> or <c>.htm</c> file is one web page (see
/// <see cref="HtmlPageReader"/>), a <c>.jsonl</c> file holds one article per line (see <see cref="JsonlArticleReader"/>),
/// a directory contributes its article files sorted by name, and <c>-</c> is JSONL on standard input.
/// </summary>
/// <remarks>
/// <see cref="Create(IEnumerable{string}, bool, Func{Stream})"/> checks every path up front, so that a missing path fails before any work is done. A directory
/// (or, with recursion, a subdirectory) that cannot be listed — permission denied, or it vanished while being walked —
/// does not stop the others: it becomes an <see cref="ArticleReadError"/> record in its place (see
/// <see cref="ListingErrors"/>), like the problems inside files. Only one article (or one line) is held at a time.
/// Enumerate it once: standard input cannot be read twice.
/// </remarks>
public sealed class ArticlePathSource : IEnumerable<ArticleInput>
{
    /// <summary>The path that stands for JSONL on standard input.</summary>
    public const string StandardInputPath = "-";

    /// <summary>The source name used for standard input in errors and stand-in ids.</summary>
    public const string StandardInputName = "stdin";

    private readonly Func<Stream> _openStandardInput;

    private readonly ImmutableArray<SourceEntry> _entries;

    private ArticlePathSource(ImmutableArray<SourceEntry> entries, Func<Stream> openStandardInput)
    {
        _entries = entries;
        _openStandardInput = openStandardInput;
        Files = [.. entries.Where(e => e.ListingError is null).Select(e => e.Path)];
        ListingErrors = [.. entries.Select(e => e.ListingError).OfType<ArticleReadError>()];
    }

    /// <summary>The files to read, in order, with directories expanded; <c>-</c> stands for standard input.</summary>
    public ImmutableArray<string> Files { get; }

    /// <summary>
    /// The directories that could not be listed, each as an error record (line 0, problem <c>cannot list
    /// directory: …</c>). Enumerating the source yields each one in its place among the files' records.
    /// </summary>
    public ImmutableArray<ArticleReadError> ListingErrors { get; }

    /// <summary>Checks the paths and lists the files to read.</summary>
    /// <param name="paths">Files, directories, or <c>-</c> for JSONL on standard input.</param>
    /// <param name="recursive">Also read the files of subdirectories of directories.</param>
    /// <param name="openStandardInput">Opens standard input; null for the process's own.</param>
    /// <exception cref="ArticleSourceException">A path does not exist, a file is not an article file (see
    /// <see cref="IsArticleFile"/>), or <c>-</c> is given twice.</exception>
    public static ArticlePathSource Create(IEnumerable<string> paths, bool recursive = false, Func<Stream>? openStandardInput = null) =>
        Create(paths, recursive, openStandardInput, FileSystemDirectoryLister.Instance);

    /// <summary>Checks the paths and lists the files to read, listing directories with <paramref name="lister"/>.</summary>
    internal static ArticlePathSource Create(IEnumerable<string> paths, bool recursive, Func<Stream>? openStandardInput, IDirectoryLister lister)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(lister);
        var files = ImmutableArray.CreateBuilder<SourceEntry>();
        var usesStandardInput = false;
        foreach (var path in paths)
        {
            ArgumentNullException.ThrowIfNull(path, nameof(paths));
            if (path == StandardInputPath)
            {
                if (usesStandardInput)
                {
                    throw new ArticleSourceException(path, "'-' (standard input) can be given only once.");
                }

                usesStandardInput = true;
                files.Add(new SourceEntry(path, null));
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(ListDirectory(path, recursive, lister));
            }
            else if (File.Exists(path))
            {
                if (!IsArticleFile(path))
                {
                    throw new ArticleSourceException(path, $"'{path}' is not a .txt, .html, .htm or .jsonl file.");
                }

                files.Add(new SourceEntry(path, null));
            }
            else
            {
                throw new ArticleSourceException(path, $"'{path}' does not exist.");
            }
        }

        return new ArticlePathSource(files.ToImmutable(), openStandardInput ?? Console.OpenStandardInput);
    }

    /// <inheritdoc/>
    public IEnumerator<ArticleInput> GetEnumerator()
    {
        foreach (var entry in _entries)
        {
            if (entry.ListingError is { } listingError)
            {
                yield return ArticleInput.FromError(listingError);
                continue;
            }

            foreach (var input in Read(entry.Path))
            {
                yield return input;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IEnumerable<ArticleInput> Read(string file)
    {
        if (file == StandardInputPath)
        {
            return JsonlArticleReader.Read(_openStandardInput(), StandardInputName);
        }

        if (IsJsonl(file))
        {
            return JsonlArticleReader.ReadFile(file);
        }

        return [IsHtml(file) ? HtmlPageReader.ReadFile(file) : TextArticleReader.ReadFile(file)];
    }

    /// <summary>
    /// The article files under <paramref name="directory"/> (and its subdirectories when <paramref name="recursive"/>)
    /// sorted by ordinal path, with each directory that cannot be listed as an error entry at its own path.
    /// </summary>
    private static List<SourceEntry> ListDirectory(string directory, bool recursive, IDirectoryLister lister)
    {
        var entries = new List<SourceEntry>();
        var pending = new Stack<string>();
        pending.Push(directory);
        while (pending.TryPop(out var current))
        {
            DirectoryListing listing;
            try
            {
                listing = lister.List(current);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                entries.Add(new SourceEntry(current, new ArticleReadError(current, current, 0, $"cannot list directory: {exception.Message}")));
                continue;
            }

            entries.AddRange(listing.Files.Where(IsArticleFile).Select(f => new SourceEntry(f, null)));
            if (recursive)
            {
                foreach (var subdirectory in listing.Subdirectories)
                {
                    pending.Push(subdirectory);
                }
            }
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return entries;
    }

    /// <summary>True when the path names a file this source reads: <c>.txt</c>, <c>.html</c>, <c>.htm</c> or
    /// <c>.jsonl</c>, in any case.</summary>
    /// <param name="path">A file path.</param>
    public static bool IsArticleFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return IsJsonl(path) || IsHtml(path) || path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsJsonl(string path) => path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    private static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    /// <summary>A file to read, or a directory that could not be listed (then <paramref name="ListingError"/> says why).</summary>
    private sealed record SourceEntry(string Path, ArticleReadError? ListingError);
}
