using EntityKit.Articles;

namespace EntityKit.Tests.Articles;

/// <summary>The address a page states for itself becomes <see cref="Article.Url"/> when the caller gives none.</summary>
public sealed class HtmlPageUrlTests
{
    private const string Body = "<body><article><p>The city council in Leeds approved a budget for new cycle lanes on Monday after a long debate.</p></article></body>";

    [Theory]
    [InlineData("<link rel=\"canonical\" href=\"https://news.example/a\">", "https://news.example/a")]
    [InlineData("<LINK REL=\"Canonical\" HREF=\"https://news.example/a\">", "https://news.example/a")]
    [InlineData("<meta property=\"og:url\" content=\"https://news.example/og\">", "https://news.example/og")]
    [InlineData("<meta property=\"og:url\" content=\"https://news.example/og\"><link rel=\"canonical\" href=\"https://news.example/c\">", "https://news.example/c")]
    [InlineData("<link rel=\"canonical\" href=\"/relative/path\">", null)]
    [InlineData("<link rel=\"canonical\" href=\"javascript:alert(1)\">", null)]
    [InlineData("<link rel=\"canonical\" href=\"\">", null)]
    [InlineData("", null)]
    public void FromHtml_PageStatesItsAddress_OnlyAnAbsoluteHttpAddressIsKept(string headContent, string? expected)
    {
        var article = Article.FromHtml("a", $"<html><head><title>Budget</title>{headContent}</head>{Body}</html>");

        Assert.Equal(expected, article.Url);
    }

    [Fact]
    public void FromHtml_HeadWithoutEndTag_StillFindsTheAddress()
    {
        var article = Article.FromHtml("a", $"<html><head><link rel=\"canonical\" href=\"https://news.example/a\">{Body}</html>");

        Assert.Equal("https://news.example/a", article.Url);
    }

    [Fact]
    public void FromHtml_CallersUrl_WinsOverThePagesOwn()
    {
        var html = $"<html><head><link rel=\"canonical\" href=\"https://news.example/a\"></head>{Body}</html>";

        var article = Article.FromHtml("a", html, new HtmlArticleOptions { Url = new Uri("https://mirror.example/a") });

        Assert.Equal("https://mirror.example/a", article.Url);
    }

    [Fact]
    public void FromHtml_CanonicalLinkInTheBody_IsNotThePagesAddress() =>
        Assert.Null(Article.FromHtml("a", $"<html><head></head><body><link rel=\"canonical\" href=\"https://news.example/x\">{Body[6..]}</html>").Url);
}
