using System.Collections.Immutable;
using EntityKit.Resolution;

namespace EntityKit.Tests.Resolution;

public sealed class DocumentTypeConsistencyTests
{
    private static readonly DocumentTypeConsistency Consistency = new();

    [Fact]
    public void Apply_MinorityTypeWithLowConfidence_RetypedToMajorityAsCorrection()
    {
        const string text = "Washington said no. Washington said yes. Washington said maybe.";
        var mentions = Mentions.Find(text, ("Washington", EntityType.Gpe, 0.9));
        mentions = mentions.SetItem(1, mentions[1] with { Type = EntityType.Person, Confidence = 0.6 });

        var result = Consistency.Apply(text, mentions);

        Assert.All(result, m => Assert.Equal(EntityType.Gpe, m.Type));
        Assert.Equal(MentionSource.Correction, result[1].Source);
        Assert.Equal((mentions[1].Start, mentions[1].End, 0.6), (result[1].Start, result[1].End, result[1].Confidence));
        Assert.Equal(mentions[0], result[0]);
    }

    [Fact]
    public void Apply_StronglyDisagreeingContexts_KeepTheirTypes()
    {
        const string text = "Jordan scored twice. Officials in Jordan said so.";
        var mentions = ImmutableArray.Create(
            new EntityMention(0, 6, "Jordan", EntityType.Person, 0.95, 0, 1),
            new EntityMention(34, 40, "Jordan", EntityType.Gpe, 0.92, 5, 1));

        Assert.Equal(mentions, Consistency.Apply(text, mentions));
    }

    [Fact]
    public void Apply_ShortFormAfterHonorific_TakesThePersonsType()
    {
        const string text = "Lloyd Austin arrived. Later Mr Austin spoke.";
        var mentions = Mentions.Find(text, ("Lloyd Austin", EntityType.Person, 0.9), ("Austin", EntityType.Organization, 0.8));

        var result = Consistency.Apply(text, mentions);

        Assert.Equal(EntityType.Person, result[1].Type);
    }

    [Fact]
    public void Apply_AcronymTypedDifferently_TakesTheExpansionsType()
    {
        const string text = "The Popular Mobilisation Forces met. The Popular Mobilisation Forces agreed. The PMF left.";
        var mentions = Mentions.Find(text, ("The Popular Mobilisation Forces", EntityType.Organization, 0.9), ("PMF", EntityType.Gpe, 0.7));

        var result = Consistency.Apply(text, mentions);

        Assert.All(result, m => Assert.Equal(EntityType.Organization, m.Type));
    }

    [Fact]
    public void Apply_NationalityAndLanguage_NeverOverrideEachOther()
    {
        const string text = "French troops left. French officials agreed. She speaks French.";
        var mentions = Mentions.Find(text, ("French", EntityType.Norp, 0.9));
        mentions = mentions.SetItem(2, mentions[2] with { Type = EntityType.Language, Confidence = 0.5 });

        Assert.Equal(mentions, Consistency.Apply(text, mentions));
    }

    [Fact]
    public void Apply_ValuesWithTheSameText_NeverRetyped()
    {
        const string text = "It cost two dollars. Two fighters were hurt. Two more came.";
        var mentions = Mentions.Find(text, ("two dollars", EntityType.Money), ("Two", EntityType.Cardinal));

        Assert.Equal(mentions, Consistency.Apply(text, mentions));
    }

    [Fact]
    public void Apply_AlreadyConsistent_ReturnsSameArray()
    {
        const string text = "Iraq and Syria. Iraq again.";
        var mentions = Mentions.Find(text, ("Iraq", EntityType.Gpe), ("Syria", EntityType.Gpe));

        var result = Consistency.Apply(text, mentions);

        Assert.True(result == mentions);
    }

    [Fact]
    public void Apply_EmptyOrDefault_ReturnsEmpty()
    {
        Assert.Empty(Consistency.Apply("x", []));
        Assert.Empty(Consistency.Apply("x", default));
    }

    [Fact]
    public void Apply_NothingRetyped_HandsOutItsClusteringForResolution()
    {
        const string text = "Lloyd Austin arrived in Baghdad. Later Mr Austin spoke.";
        var mentions = Mentions.Find(text, ("Lloyd Austin", EntityType.Person, 0.9), ("Baghdad", EntityType.Gpe, 0.9), ("Austin", EntityType.Person, 0.8));

        var result = Consistency.Apply(text, mentions, out var clustering, CancellationToken.None);

        Assert.NotNull(clustering);
        Assert.True(clustering.IsFor(result));
        Assert.Equal(clustering.Clusters[0], clustering.Clusters[2]);
        var entities = ArticleEntityResolver.Default.Resolve(new ResolutionInput(text, result) { Clustering = clustering }, CancellationToken.None);
        Assert.Equal(
            ArticleEntityResolver.Default.Resolve(text, result, CancellationToken.None).Select(e => (e.Name, e.Type, string.Join("|", e.Aliases), e.MentionCount)),
            entities.Select(e => (e.Name, e.Type, string.Join("|", e.Aliases), e.MentionCount)));
    }

    [Fact]
    public void Apply_RetypedFromOrToPerson_HandsOutNoClustering()
    {
        const string text = "Lloyd Austin arrived. Later Mr Austin spoke. Austin left.";
        var mentions = Mentions.Find(text, ("Lloyd Austin", EntityType.Person, 0.9), ("Austin", EntityType.Organization, 0.5));

        var result = Consistency.Apply(text, mentions, out var clustering, CancellationToken.None);

        Assert.Contains(result, m => m.Source == MentionSource.Correction);
        Assert.Null(clustering);
    }

    [Fact]
    public void Apply_RetypedBetweenOtherTypes_KeepsTheClusteringForTheNewMentions()
    {
        const string text = "Washington said no. Washington said yes. Washington said maybe.";
        var mentions = Mentions.Find(text, ("Washington", EntityType.Gpe, 0.9));
        mentions = mentions.SetItem(1, mentions[1] with { Type = EntityType.Organization, Confidence = 0.6 });

        var result = Consistency.Apply(text, mentions, out var clustering, CancellationToken.None);

        Assert.NotNull(clustering);
        Assert.True(clustering.IsFor(result));
    }

    [Fact]
    public void Apply_AssertedMention_DecidesTheTypeAndIsNeverRetyped()
    {
        const string text = "Khan Younes wept. Khan Younes mourned. The city of Khan Younes buried them.";
        var mentions = Mentions.Find(text, ("Khan Younes", EntityType.Person, 0.95));
        mentions = mentions.SetItem(2, mentions[2] with { Type = EntityType.Gpe, Confidence = 0.6, Source = MentionSource.Pattern });

        var result = Consistency.Apply(text, mentions);

        Assert.All(result, m => Assert.Equal(EntityType.Gpe, m.Type));
        Assert.Equal(MentionSource.Pattern, result[2].Source);
        Assert.Equal(MentionSource.Correction, result[0].Source);
    }
}
