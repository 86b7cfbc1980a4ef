using EntityKit.Dictionaries;

namespace EntityKit.Tests.Dictionaries;

public sealed class EntityDictionaryTests
{
    private static readonly EntityType Ticker = EntityType.FromName("TICKER");

    private static EntityDictionary Build(DictionaryMatchOptions? options, params (string Form, string Type)[] entries)
    {
        var builder = EntityDictionary.CreateBuilder(options);
        foreach (var (form, type) in entries)
        {
            builder.Add(form, EntityType.FromName(type));
        }

        return builder.Build();
    }

    [Fact]
    public void Recognize_NestedForms_LongestMatchWins()
    {
        var dictionary = Build(null, ("New York", "GPE"), ("New York Times", "ORG"), ("Times", "ORG"));
        var analysis = Layers.Analyze("The New York Times reported from New York.", dictionary);
        Assert.Equal(["New York Times/ORG", "New York/GPE"], Layers.Labels(analysis));
        Assert.All(analysis.Mentions, m => Assert.Equal(MentionSource.Dictionary, m.Source));
    }

    [Fact]
    public void Recognize_PrefixOfFormOnly_DoesNotMatchAndScanResumes()
    {
        var dictionary = Build(null, ("New York Times", "ORG"), ("York", "GPE"));
        Assert.Equal(["York/GPE"], Layers.Labels(Layers.Analyze("New York said no.", dictionary)));
    }

    public static TheoryData<bool, bool, string, string[]> CaseAndDiacriticCases => new()
    {
        { false, false, "Reuters and REUTERS and Zürich and Zurich", ["Reuters/ORG", "Zürich/GPE"] },
        { true, false, "Reuters and REUTERS and Zürich and ZÜRICH and Zurich", ["Reuters/ORG", "REUTERS/ORG", "Zürich/GPE", "ZÜRICH/GPE"] },
        { false, true, "Reuters and REUTERS and Zürich and Zurich and Żurich", ["Reuters/ORG", "Zürich/GPE", "Zurich/GPE", "Żurich/GPE"] },
        { true, true, "reuters and ZURICH and zürich", ["reuters/ORG", "ZURICH/GPE", "zürich/GPE"] },
    };

    [Theory]
    [MemberData(nameof(CaseAndDiacriticCases))]
    public void Recognize_CaseAndDiacriticOptions_MatchAsConfigured(bool ignoreCase, bool ignoreDiacritics, string text, string[] expected)
    {
        var options = new DictionaryMatchOptions { IgnoreCase = ignoreCase, IgnoreDiacritics = ignoreDiacritics };
        var dictionary = Build(options, ("Reuters", "ORG"), ("Zürich", "GPE"));
        Assert.Equal(expected, Layers.Labels(Layers.Analyze(text, dictionary)));
    }

    [Fact]
    public void Recognize_DiacriticFormAndPlainText_MatchesBothWays()
    {
        var dictionary = Build(new DictionaryMatchOptions { IgnoreDiacritics = true }, ("Mohammed Shia al-Sūdānī", "PERSON"), ("Nguyen Phu Trong", "PERSON"));
        Assert.Equal(
            ["Mohammed Shia al-Sudani/PERSON", "Nguyễn Phú Trọng/PERSON"],
            Layers.Labels(Layers.Analyze("Mohammed Shia al-Sudani met Nguyễn Phú Trọng.", dictionary)));
    }

    [Theory]
    [InlineData("Al Sudani’s government met.", "Al Sudani")]
    [InlineData("Al Sudani's government met.", "Al Sudani")]
    [InlineData("Talks with Al Sudani.", "Al Sudani")]
    public void Recognize_PossessiveAfterMatch_IsExcludedButDoesNotBlock(string text, string expected)
    {
        var dictionary = Build(null, ("Al Sudani", "PERSON"));
        var mention = Assert.Single(Layers.Analyze(text, dictionary).Mentions);
        Assert.Equal(expected, mention.Text);
    }

    public static TheoryData<string, string, bool, string?> HyphenCases => new()
    {
        { "Al-Sudani", "Prime Minister Al Sudani spoke.", true, "Al Sudani" },
        { "Al-Sudani", "Prime Minister Al-Sudani spoke.", true, "Al-Sudani" },
        { "Al Sudani", "Prime Minister Al-Sudani spoke.", true, "Al-Sudani" },
        { "Al Sudani", "Prime Minister Al-Sudani spoke.", false, null },
        { "Al-Sudani", "Prime Minister Al Sudani spoke.", false, null },
        { "Al-Sudani", "Prime Minister Al-Sudani spoke.", false, "Al-Sudani" },
        { "Sudani", "Prime Minister - Sudani spoke.", true, "Sudani" },
    };

    [Theory]
    [MemberData(nameof(HyphenCases))]
    public void Recognize_HyphenVariants_MatchOnlyWhenEnabled(string form, string text, bool enabled, string? expected)
    {
        var dictionary = Build(new DictionaryMatchOptions { MatchHyphenVariants = enabled }, (form, "PERSON"));
        var mentions = Layers.Analyze(text, dictionary).Mentions;
        Assert.Equal(expected is null ? [] : [expected], mentions.Select(m => m.Text));
    }

    [Fact]
    public void Recognize_FormAcrossSentenceBoundary_DoesNotMatch()
    {
        var dictionary = Build(null, ("Washington Post", "ORG"));
        Assert.Empty(Layers.Analyze("He flew to Washington. Post offices were closed.", dictionary).Mentions);
    }

    [Fact]
    public void Recognize_EntryIdAndUserType_CarriedToEntityMention()
    {
        var dictionary = EntityDictionary.CreateBuilder()
            .Add(new DictionaryEntry(["Apple Inc.", "Apple"], EntityType.Organization, "Q312", new Dictionary<string, string> { ["ticker"] = "AAPL" }))
            .Add("AAPL", Ticker, "AAPL")
            .Add("Cupertino", EntityType.Gpe)
            .Build();
        var mentions = Layers.Analyze("Apple (AAPL) is based in Cupertino.", dictionary).Mentions;
        Assert.Equal(["Q312", "AAPL", null], mentions.Select(m => m.EntryId));
        Assert.Equal(Ticker, mentions[1].Type);
        Assert.Equal("AAPL", dictionary.Entries[0].Metadata["ticker"]);
    }

    [Fact]
    public void Build_SameFormInTwoEntries_FirstEntryKeepsIt()
    {
        var dictionary = EntityDictionary.CreateBuilder()
            .Add("Jordan", EntityType.Gpe, "Q810")
            .Add("Jordan", EntityType.Person, "Q41421")
            .Build();
        var mention = Assert.Single(Layers.Analyze("Jordan said.", dictionary).Mentions);
        Assert.Equal(("Q810", EntityType.Gpe), (mention.EntryId, mention.Type));
        Assert.Equal(1, dictionary.FormCount);
    }

    [Fact]
    public void Recognize_LongTextBeyondStackBuffer_FindsEveryOccurrence()
    {
        var dictionary = Build(null, ("Baghdad", "GPE"));
        var text = string.Concat(Enumerable.Repeat("Officials in Baghdad met again today and ", 200)) + "left.";
        Assert.Equal(200, Layers.Analyze(text, dictionary).Mentions.Length);
    }

    [Fact]
    public void TryGetEntry_KnownAndUnknownPhrases_AnswerExactly()
    {
        var dictionary = Build(new DictionaryMatchOptions { IgnoreCase = true }, ("New York", "GPE"));
        Assert.True(dictionary.TryGetEntry("new york", out var entry));
        Assert.Equal(EntityType.Gpe, entry!.Type);
        Assert.False(dictionary.TryGetEntry("New", out _));
        Assert.False(dictionary.TryGetEntry("New York City", out _));
    }

    [Fact]
    public void Build_FormWithNoTokenLeft_ThrowsNamingTheForm()
    {
        var builder = EntityDictionary.CreateBuilder(new DictionaryMatchOptions { MatchHyphenVariants = true }).Add("-", EntityType.Organization);
        Assert.Contains("'-'", Assert.Throws<ArgumentException>(builder.Build).Message);
    }
}
