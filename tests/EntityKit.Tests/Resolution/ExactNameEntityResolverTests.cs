using EntityKit.Resolution;

namespace EntityKit.Tests.Resolution;

public sealed class ExactNameEntityResolverTests
{
    [Fact]
    public void Resolve_SameTextAndType_OneEntityAndNoShortForms()
    {
        const string text = "Lloyd Austin met Iraq. Mr Austin left Iraq.";
        var mentions = Mentions.Find(text, ("Lloyd Austin", EntityType.Person), ("Austin", EntityType.Person), ("Iraq", EntityType.Gpe));

        var entities = new ExactNameEntityResolver().Resolve(text, mentions, default);

        Assert.Equal(3, entities.Length);
        var iraq = Assert.Single(entities, e => e.Name == "Iraq");
        Assert.Equal((2, mentions.First(m => m.Text == "Iraq").Start), (iraq.MentionCount, iraq.FirstOffset));
    }
}
