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
        { "MISC", null }, { "NORP", null }, { "DATE", null }, { "EVENT", null }, { "TICKER", null }, { "gpe", null }, { "", null },
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

public class NerScoreboardErrorTests
{
    private const string Text = "Alvo Brenn met Qatlan Bank staff in Vellora on Monday.";

    [Fact]
    public void Add_RecordingErrors_NamesEachKindOfDisagreementWithItsWords()
    {
        var board = new NerScoreboard(NerTypeMapping.OntoNotes18, recordErrors: true);

        board.Add(
            [new(0, 10, "PERSON"), new(15, 26, "ORG"), new(36, 43, "GPE"), new(47, 53, "DATE")],
            [new(0, 10, "PERSON"), new(15, 21, "ORG"), new(36, 43, "PERSON"), new(27, 32, "ORG")],
            Text);

        var errors = board.Errors.Select(e => (e.Kind, e.GoldText, e.PredictedText)).ToList();
        Assert.Equal(
            [
                (NerErrorKind.WrongSpan, "Qatlan Bank", "Qatlan"),
                (NerErrorKind.WrongType, "Vellora", "Vellora"),
                (NerErrorKind.Spurious, string.Empty, "staff"),
                (NerErrorKind.Missed, "Monday", string.Empty),
            ],
            errors);
        Assert.All(board.Errors, e => Assert.Equal(0, e.Document));
        Assert.Contains("Vellora", board.Errors.Single(e => e.Kind == NerErrorKind.WrongType).Context, StringComparison.Ordinal);
        Assert.Equal("GPE", board.Errors.Single(e => e.Kind == NerErrorKind.WrongType).Gold!.Value.Type);
    }

    [Fact]
    public void Add_WithoutRecording_KeepsNoErrors()
    {
        var board = new NerScoreboard(NerTypeMapping.OntoNotes18);

        board.Add([new(0, 10, "PERSON")], [new(0, 4, "ORG")], Text);

        Assert.Empty(board.Errors);
        Assert.Equal(1, board.ToReport().BoundaryErrors);
    }
}
