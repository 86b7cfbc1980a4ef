namespace EntityKit.Lexicon;

/// <summary>One gazetteer phrase: its tokens joined by single spaces, tokenised like running text, and its categories.</summary>
/// <param name="Phrase">The tokens separated by single spaces, e.g. <c>New York</c> or <c>Bosnia and Herzegovina</c>.</param>
/// <param name="Categories">The lists it belongs to.</param>
public readonly record struct GazetteerEntry(string Phrase, GazetteerCategories Categories);
