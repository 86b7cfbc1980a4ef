using EntityKit.Recognition;

namespace EntityKit.Tests.Recognition;

public class BilouLabelSetTests
{
    [Fact]
    public void OntoNotes_Has73Labels()
    {
        Assert.Equal(73, BilouLabelSet.OntoNotes.Count);
        Assert.Equal("O", BilouLabelSet.OntoNotes.NameOf(0));
        Assert.Equal("B-PERSON", BilouLabelSet.OntoNotes.NameOf(1));
        Assert.Equal("U-CARDINAL", BilouLabelSet.OntoNotes.NameOf(72));
    }

    public static TheoryData<string, string, bool> Transitions => new()
    {
        { "O", "B-PERSON", true },
        { "O", "I-PERSON", false },
        { "O", "L-PERSON", false },
        { "B-PERSON", "I-PERSON", true },
        { "B-PERSON", "L-PERSON", true },
        { "B-PERSON", "L-GPE", false },
        { "B-PERSON", "O", false },
        { "I-ORG", "I-ORG", true },
        { "L-ORG", "B-ORG", true },
        { "L-ORG", "I-ORG", false },
        { "U-GPE", "U-GPE", true },
        { "U-GPE", "O", true },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void IsAllowed_FollowsBilouRules(string from, string to, bool expected)
    {
        var labels = BilouLabelSet.OntoNotes;

        Assert.Equal(expected, labels.IsAllowed(Index(labels, from), Index(labels, to)));
    }

    [Fact]
    public void Encode_MultiAndSingleTokenEntities_GivesBilou()
    {
        var labels = new int[6];

        BilouLabelSet.Encode([(0, 3, 0), (4, 1, 4)], labels);

        Assert.Equal(
            ["B-PERSON", "I-PERSON", "L-PERSON", "O", "U-GPE", "O"],
            labels.Select(BilouLabelSet.OntoNotes.NameOf));
        Assert.True(BilouLabelSet.OntoNotes.IsValidSequence(labels));
    }

    internal static int Index(BilouLabelSet labels, string name) =>
        Enumerable.Range(0, labels.Count).Single(i => labels.NameOf(i) == name);
}
