namespace EntityKit.Cli.Progress;

/// <summary>The total size of the input files of a run, known in advance unless the input includes standard input.</summary>
internal static class InputSize
{
    /// <summary>The bytes of the given files and of the article files (.txt, .html, .htm, .jsonl) of the given directories; null when a
    /// path is standard input (<c>-</c>) or cannot be measured (the run itself reports unreadable paths).</summary>
    public static long? TryMeasure(IEnumerable<string> paths, bool recursive)
    {
        long total = 0;
        foreach (var path in paths)
        {
            if (path == "-")
            {
                return null;
            }

            try
            {
                if (File.Exists(path))
                {
                    total += new FileInfo(path).Length;
                }
                else if (Directory.Exists(path))
                {
                    var option = recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
                    total += new DirectoryInfo(path).EnumerateFiles("*", option)
                        .Where(f => EntityKit.Input.ArticlePathSource.IsArticleFile(f.Name))
                        .Sum(f => f.Length);
                }
                else
                {
                    return null;
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                return null;
            }
        }

        return total;
    }
}
