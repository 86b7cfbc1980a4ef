namespace EntityKit.Input;

/// <summary>Why a record of an article source could not be read as an article: where it is and what is wrong.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="Id">The article's identifier when it could be recovered from the record, otherwise a stand-in made of
/// the file name and line number, such as <c>news.jsonl:17</c>.</param>
/// <param name="Source">The file path as given, or <c>stdin</c>.</param>
/// <param name="Line">The 1-based line number, or 0 when the error concerns a whole file.</param>
/// <param name="Problem">What is wrong, for a person, for example <c>missing "text"</c>.</param>
public sealed record ArticleReadError(string Id, string Source, long Line, string Problem)
{
    /// <summary>The location and the problem in one line, for example <c>news.jsonl:17: missing "text"</c>.</summary>
    public string Message => Line > 0 ? $"{Source}:{Line}: {Problem}" : $"{Source}: {Problem}";

    /// <summary>Returns <see cref="Message"/>.</summary>
    public override string ToString() => Message;
}
