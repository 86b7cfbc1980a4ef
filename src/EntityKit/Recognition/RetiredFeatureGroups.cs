namespace EntityKit.Recognition;

/// <summary>
/// Feature groups that earlier versions could train and this one no longer computes (experiments no shipped model
/// used; docs/MODEL.md has their measurements). A model that asks for one is refused with the group's name rather than
/// scored without its features.
/// </summary>
internal static class RetiredFeatureGroups
{
    private static readonly (int Flag, string Name)[] Groups =
    [
        (2, "name runs (the first and last words of a run of capitalised words)"),
        (16, "rich neighbours (train --rich-neighbours)"),
        (32, "lower-case clusters (train --lower-case-clusters)"),
    ];

    /// <summary>The names of the retired groups among <paramref name="options"/>, joined by "; ", or null when none is.</summary>
    public static string? Describe(FeatureOptions options)
    {
        var names = Groups.Where(group => ((int)options & group.Flag) != 0).Select(group => $"{group.Name}, option 0x{group.Flag:X}").ToArray();
        return names.Length == 0 ? null : string.Join("; ", names);
    }
}
