namespace EntityKit.Input;

/// <summary>What one directory holds: its files and its subdirectories (full paths, unsorted).</summary>
/// <param name="Files">The files directly in the directory.</param>
/// <param name="Subdirectories">The directories directly in the directory.</param>
internal sealed record DirectoryListing(IReadOnlyList<string> Files, IReadOnlyList<string> Subdirectories);

/// <summary>
/// Lists one directory, without recursion. The seam between <see cref="ArticlePathSource"/> and the file system, so
/// that tests can make a listing fail deterministically (tests run as root, where permissions cannot be denied).
/// </summary>
internal interface IDirectoryLister
{
    /// <summary>Lists <paramref name="directory"/> completely before returning.</summary>
    /// <exception cref="IOException">The directory vanished or cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">Permission to list the directory is denied.</exception>
    DirectoryListing List(string directory);
}

/// <summary>
/// Lists directories of the real file system, skipping hidden and system entries. Symbolic links to directories are
/// not listed as subdirectories, so a link cycle cannot make a recursive walk read the same files again and again.
/// </summary>
internal sealed class FileSystemDirectoryLister : IDirectoryLister
{
    /// <summary>The one instance; it holds no state.</summary>
    public static FileSystemDirectoryLister Instance { get; } = new();

    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        MatchCasing = MatchCasing.CaseInsensitive,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    private FileSystemDirectoryLister()
    {
    }

    /// <inheritdoc/>
    public DirectoryListing List(string directory) =>
        new(
            [.. Directory.EnumerateFiles(directory, "*", Options)],
            [.. new DirectoryInfo(directory).EnumerateDirectories("*", Options).Where(d => d.LinkTarget is null).Select(d => Path.Combine(directory, d.Name))]);
}
