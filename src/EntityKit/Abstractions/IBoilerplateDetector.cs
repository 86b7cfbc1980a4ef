namespace EntityKit.Articles;

/// <summary>
/// Finds site chrome (addresses, navigation, promotion, legal notices, language switchers) in an article's plain
/// text, so that no entity comes from it. Implementations are immutable and thread-safe.
/// </summary>
public interface IBoilerplateDetector
{
    /// <summary>Appends the boilerplate regions of <paramref name="text"/>, in text order and not overlapping, to
    /// <paramref name="regions"/>.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="regions">Receives the regions; existing items are kept.</param>
    void Detect(ReadOnlySpan<char> text, List<TextRegion> regions);
}
