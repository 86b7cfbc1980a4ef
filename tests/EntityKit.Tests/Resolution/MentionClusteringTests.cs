using EntityKit.Normalization;
using EntityKit.Resolution;
using Xunit;

namespace EntityKit.Tests.Resolution;

public sealed class MentionClusteringTests
{
    private const string Text = "Lloyd Austin paid $2 million on Wednesday. Later Mr Austin left.";

    private static readonly System.Collections.Immutable.ImmutableArray<EntityMention> Found = Mentions.Find(
        Text,
        ("Lloyd Austin", EntityType.Person, 0.9),
        ("$2 million", EntityType.Money, 0.9),
        ("Wednesday", EntityType.Date, 0.9),
        ("Austin", EntityType.Person, 0.8));

    [Fact]
    public void IsFor_SameMentionsWithResolvedValues_IsTrue()
    {
        var clustering = MentionClustering.Compute(Text, Found, CancellationToken.None);

        var valued = MentionValueResolver.Resolve(Text, Found, new DateOnly(2024, 1, 24));

        Assert.False(valued == Found);
        Assert.Contains(valued, m => m.Value is not null);
        Assert.True(clustering.IsFor(valued));
    }

    [Fact]
    public void IsFor_AMentionRetyped_IsFalse()
    {
        var clustering = MentionClustering.Compute(Text, Found, CancellationToken.None);

        Assert.False(clustering.IsFor(Found.SetItem(3, Found[3] with { Type = EntityType.Organization })));
    }

    [Fact]
    public void IsFor_AMentionRemovedOrMoved_IsFalse()
    {
        var clustering = MentionClustering.Compute(Text, Found, CancellationToken.None);

        Assert.False(clustering.IsFor(Found.RemoveAt(1)));
        Assert.False(clustering.IsFor(Found.SetItem(2, Found[2] with { Start = Found[2].Start + 1 })));
    }
}
