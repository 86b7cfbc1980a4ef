using EntityKit.Evaluation.Ner;

namespace EntityKit.Tests.Evaluation;

public class NerScoreboardTests
{
    [Fact]
    public void Add_ExactMatchesOnly_CountAsCorrect()
    {
        var board = new NerScoreboard(NerTypeMapping.OntoNotes18);

        board.Add(
            [new(0, 5, "PERSON"), new(10, 15, "GPE"), new(20, 25, "ORG")],
            [new(0, 5, "PERSON"), new(10, 15, "ORG"), new(20, 24, "ORG"), new(30, 35, "DATE")]);
        var report = board.ToReport();

        Assert.Equal(1, report.Micro.Correct);
        Assert.Equal(4, report.Micro.Predicted);
        Assert.Equal(3, report.Micro.Gold);
        Assert.Equal(2 * 0.25 * (1 / 3.0) / (0.25 + 1 / 3.0), report.Micro.F1, 6);
        Assert.Equal(1.0, report.Types.Single(t => t.Type == "PERSON").F1);
        Assert.Equal(new TypeConfusion("GPE", "ORG", 1), report.Confusions.Single());
        Assert.Equal(1, report.BoundaryErrors);
    }

    public static TheoryData<string, string?> CoarseLabels => new()
    {
        { "PERSON", "PER" }, { "PER", "PER" }, { "ORG", "ORG" }, { "GPE", "LOC" }, { "LOC", "LOC" }, { "FAC", "LOC" },
        { "MISC", null }, { "NORP", null }, { "DATE", null },
    };

    [Theory]
    [MemberData(nameof(CoarseLabels))]
    public void Map_Coarse_KeepsPersonOrganisationLocation(string label, string? expected)
    {
        Assert.Equal(expected, NerTypeMappings.Map(NerTypeMapping.Coarse, label));
    }

    [Fact]
    public void Add_CoarseMapping_MatchesGpeAgainstLocAndIgnoresMisc()
    {
        var board = new NerScoreboard(NerTypeMapping.Coarse);

        board.Add([new(0, 5, "LOC"), new(6, 9, "MISC")], [new(0, 5, "GPE"), new(6, 9, "NORP")]);

        Assert.Equal(1.0, board.ToReport().Micro.F1);
    }
}
