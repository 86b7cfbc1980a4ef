using System.Collections.Immutable;
using EntityKit.Resolution;

namespace EntityKit.Tests.Reliability;

/// <summary>Mentions made only of punctuation, quotes, possessives and marks (what a model may tag in hostile
/// text) still resolve to entities with a non-blank name; found by the hostile-text property with the model.</summary>
public sealed class ResolverHostileMentionTests
{
    public static TheoryData<string> MentionTexts => new()
    {
        "’ ’s", "' 's", "\" 's", "( ’s", "“ ”", "'", "’s", "the ’s", "Mr. ’s", "«\u2028»", "' \u00A0's", "the", "\u200B",
    };

    [Theory]
    [MemberData(nameof(MentionTexts))]
    public void Resolve_MentionThatStripsToNothing_GivesAnEntityWithANonBlankName(string mentionText)
    {
        var text = "Before " + mentionText + " after.";
        var mention = new EntityMention(7, 7 + mentionText.Length, mentionText, EntityType.Organization, 0.9f, 1, 1);

        var entities = ArticleEntityResolver.Default.Resolve(new ResolutionInput(text, ImmutableArray.Create(mention)), default);

        var entity = Assert.Single(entities);
        Assert.False(string.IsNullOrWhiteSpace(entity.Name));
    }
}
