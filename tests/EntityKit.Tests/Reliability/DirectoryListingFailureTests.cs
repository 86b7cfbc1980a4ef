using EntityKit.Input;

namespace EntityKit.Tests.Reliability;

/// <summary>
/// A directory that cannot be listed (permission denied, or it vanished while being walked) becomes one located error
/// record in its place; every other readable file is still read. Tests run as root, where permissions cannot be
/// denied, so the failures are made deterministic through the <see cref="IDirectoryLister"/> seam.
/// </summary>
public sealed class DirectoryListingFailureTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("entitykit-listing-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Create_RecursiveWithUnlistableSubdirectories_ReportsEachInPlaceAndReadsEveryOtherFile()
    {
        Write("a.txt", "Alpha.");
        Write("b-denied/hidden.txt", "Never listed.");
        Write("c/c.txt", "Gamma.");
        Write("c/d-gone/lost.txt", "Never listed.");
        Write("e.txt", "Epsilon.");
        var lister = new FailingLister(new()
        {
            [Path.Combine(_root, "b-denied")] = new UnauthorizedAccessException("Access to the path is denied."),
            [Path.Combine(_root, "c", "d-gone")] = new DirectoryNotFoundException("Could not find a part of the path."),
        });

        var inputs = ArticlePathSource.Create([_root], recursive: true, openStandardInput: null, lister).ToList();

        Assert.Equal(
            ["a", Path.Combine(_root, "b-denied"), "c", Path.Combine(_root, "c", "d-gone"), "e"],
            inputs.Select(i => i.Id));
        Assert.Equal([true, false, true, false, true], inputs.Select(i => i.IsArticle));
        Assert.Equal(
            $"{Path.Combine(_root, "b-denied")}: cannot list directory: Access to the path is denied.",
            inputs[1].Error!.Message);
        Assert.Equal(
            $"{Path.Combine(_root, "c", "d-gone")}: cannot list directory: Could not find a part of the path.",
            inputs[3].Error!.Message);
    }

    [Fact]
    public void Create_UnlistableTopLevelDirectoryAmongOtherPaths_IsAnErrorRecordInItsPlace()
    {
        var first = Write("first.txt", "First.");
        var denied = Path.Combine(_root, "denied");
        Write("denied/inside.txt", "Never listed.");
        var last = Write("open/last.jsonl", "{\"id\":\"last\",\"text\":\"Last.\"}\n");
        var lister = new FailingLister(new() { [denied] = new UnauthorizedAccessException("Permission denied.") });

        var source = ArticlePathSource.Create([first, denied, Path.GetDirectoryName(last)!], recursive: false, openStandardInput: null, lister);
        var inputs = source.ToList();

        Assert.Equal(["first", denied, "last"], inputs.Select(i => i.Id));
        Assert.Equal(0, inputs[1].Line);
        Assert.Equal(denied, inputs[1].Source);
        Assert.Contains("cannot list directory: Permission denied.", inputs[1].Error!.Problem, StringComparison.Ordinal);
        Assert.Equal([first, last], source.Files.ToList());
        Assert.Equal([denied], source.ListingErrors.Select(e => e.Source));
    }

    [Fact]
    public void Create_SubdirectoryVanishesWhileBeingWalked_ReportsItAndReadsTheRest()
    {
        Write("a.txt", "Alpha.");
        var vanishing = Path.Combine(_root, "b");
        Write("b/b.txt", "Deleted before it is listed.");
        Write("c.txt", "Gamma.");
        var lister = new DeletingLister(vanishing);

        var inputs = ArticlePathSource.Create([_root], recursive: true, openStandardInput: null, lister).ToList();

        Assert.Equal(["a", vanishing, "c"], inputs.Select(i => i.Id));
        Assert.StartsWith("cannot list directory: ", inputs[1].Error!.Problem, StringComparison.Ordinal);
        Assert.Contains(vanishing, inputs[1].Error!.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_RealFileSystem_ListsNestedFilesInOrdinalPathOrder()
    {
        Write("b.txt", "B.");
        Write("a/z.jsonl", "");
        Write("a/y/x.TXT", "X.");
        Write("a/notes.csv", "ignored");

        var source = ArticlePathSource.Create([_root], recursive: true);

        Assert.Equal(
            [Path.Combine(_root, "a", "y", "x.TXT"), Path.Combine(_root, "a", "z.jsonl"), Path.Combine(_root, "b.txt")],
            source.Files.ToList());
        Assert.Empty(source.ListingErrors);
        Assert.Equal([Path.Combine(_root, "b.txt")], ArticlePathSource.Create([_root]).Files.ToList());
    }

    private string Write(string relativePath, string text)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Lists the real file system, except that the given directories throw the given exceptions.</summary>
    private sealed class FailingLister(Dictionary<string, Exception> failures) : IDirectoryLister
    {
        public DirectoryListing List(string directory) =>
            failures.TryGetValue(directory, out var failure) ? throw failure : FileSystemDirectoryLister.Instance.List(directory);
    }

    /// <summary>Deletes one directory from the real file system just before it is listed.</summary>
    private sealed class DeletingLister(string vanishing) : IDirectoryLister
    {
        public DirectoryListing List(string directory)
        {
            if (directory == vanishing)
            {
                Directory.Delete(directory, recursive: true);
            }

            return FileSystemDirectoryLister.Instance.List(directory);
        }
    }
}
