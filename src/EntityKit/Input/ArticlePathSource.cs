using System.Collections;
using System.Collections.Immutable;

namespace EntityKit.Input;

/// <summary>
/// The articles of a list of paths, read lazily in order: a <c>.txt</c> file is one article (id = file name without
/// extension), a <c>.jsonl</c> file holds one article per line (see <see cref="JsonlArticleReader"/>), a directory
/// contributes its <c>.txt</c> and <c>.jsonl</c> files sorted by name, and <c>-</c> is JSONL on standard input.
/// </summary>
/// <remarks>
/// <see cref="Create"/> checks every path up front, so that a missing path fails before any work is done; problems
/// inside files become <see cref="ArticleReadError"/> records instead. Only one article (or one line) is held at a
/// time. Enumerate it once: standard input cannot be read twice.
/// </remarks>
public sealed class ArticlePathSource : IEnumerable<ArticleInput>
{
    /// <summary>The path that stands for JSONL on standard input.</summary>
    public const string StandardInputPath = "-";

    /// <summary>The source name used for standard input in errors and stand-in ids.</summary>
    public const string StandardInputName = "stdin";

    private readonly Func<Stream> _openStandardInput;

    private ArticlePathSource(ImmutableArray<string> files, Func<Stream> openStandardInput)
    {
        Files = files;
        _openStandardInput = openStandardInput;
    }

    /// <summary>The files to read, in order, with directories expanded; <c>-</c> stands for standard input.</summary>
    public ImmutableArray<string> Files { get; }

    /// <summary>Checks the paths and lists the files to read.</summary>
    /// <param name="paths">Files, directories, or <c>-</c> for JSONL on standard input.</param>
    /// <param name="recursive">Also read the files of subdirectories of directories.</param>
    /// <param name="openStandardInput">Opens standard input; null for the process's own.</param>
    /// <exception cref="ArticleSourceException">A path does not exist, a directory cannot be listed, a file is
    /// neither <c>.txt</c> nor <c>.jsonl</c>, or <c>-</c> is given twice.</exception>
    public static ArticlePathSource Create(IEnumerable<string> paths, bool recursive = false, Func<Stream>? openStandardInput = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = ImmutableArray.CreateBuilder<string>();
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
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(ListDirectory(path, recursive));
            }
            else if (File.Exists(path))
            {
                if (!IsArticleFile(path))
                {
                    throw new ArticleSourceException(path, $"'{path}' is neither a .txt nor a .jsonl file.");
                }

                files.Add(path);
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
        foreach (var file in Files)
        {
            foreach (var input in Read(file))
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

        return IsJsonl(file) ? JsonlArticleReader.ReadFile(file) : [TextArticleReader.ReadFile(file)];
    }

    private static IEnumerable<string> ListDirectory(string directory, bool recursive)
    {
        try
        {
            var options = new EnumerationOptions
            {
                RecurseSubdirectories = recursive,
                IgnoreInaccessible = false,
                MatchCasing = MatchCasing.CaseInsensitive,
                AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            };
            return Directory.EnumerateFiles(directory, "*", options)
                .Where(IsArticleFile)
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ArticleSourceException(directory, $"Cannot list directory '{directory}': {exception.Message}", exception);
        }
    }

    private static bool IsArticleFile(string path) =>
        IsJsonl(path) || path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    private static bool IsJsonl(string path) => path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);
}
