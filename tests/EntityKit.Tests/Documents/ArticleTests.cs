namespace EntityKit.Tests.Documents;

public sealed class ArticleTests
{
    [Fact]
    public void Constructor_NullId_ThrowsNamingId() =>
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new Article(null!, "x")).ParamName);

    [Fact]
    public void Constructor_NullText_ThrowsNamingText() =>
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => new Article("a", null!)).ParamName);

    [Fact]
    public void Constructor_EmptyText_IsValid() => Assert.Equal(string.Empty, new Article("a", string.Empty).Text);

    [Fact]
    public void Metadata_IsOptionalAndInitOnly()
    {
        var published = new DateTimeOffset(2024, 1, 24, 0, 0, 0, TimeSpan.Zero);
        var article = new Article("a", "text") { Title = "T", Url = "https://example.org/a", Published = published, Language = "en" };
        Assert.Equal(("T", "https://example.org/a", published, "en"), (article.Title, article.Url, article.Published!.Value, article.Language));
    }
}
