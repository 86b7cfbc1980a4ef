using EntityKit.Corpora;
using EntityKit.Recognition;
using EntityKit.Text;
using EntityKit.Training;

namespace EntityKit.Tests.Training;

public class PartiallyLabelledDocumentsTests
{
    private const string CoarseBio = """
        Orla	B-PER
        Venn	I-PER
        of	O
        Kestrel	B-ORG
        Mills	I-ORG
        Group	I-ORG
        visited	O
        Brasmir	B-LOC
        on	O
        Monday	O
        with	O
        two	O
        Veloran	B-MISC
        friends	O
        .	O
        """;

    private static readonly BilouLabelSet Labels = BilouLabelSet.OntoNotes;

    public static TheoryData<string, string[]> EntityTokens => new()
    {
        { "Orla", ["B-PERSON"] },
        { "Venn", ["L-PERSON"] },
        { "Kestrel", ["B-ORG"] },
        { "Mills", ["I-ORG"] },
        { "Group", ["L-ORG"] },
        { "Brasmir", ["U-GPE", "U-LOC", "U-FAC"] },
        { "Veloran", ["U-NORP", "U-EVENT", "U-PRODUCT", "U-WORK_OF_ART", "U-LAW", "U-LANGUAGE"] },
    };

    [Theory]
    [MemberData(nameof(EntityTokens))]
    public void Create_CoarseEntityToken_AllowsOnlyItsPartOfTheMappedTypes(string token, string[] expected)
    {
        var (document, _) = Prepare(CoarseBio);

        Assert.Equal(expected.Order(), AllowedNames(document, token).Order());
    }

    [Theory]
    [InlineData("of")]
    [InlineData("Monday")]
    [InlineData("two")]
    [InlineData(".")]
    public void Create_TokenOutsideCoarseEntities_AllowsOAndTheUnannotatedValueTypesOnly(string token)
    {
        var (document, _) = Prepare(CoarseBio);

        var allowed = AllowedNames(document, token);

        string[] valueTypes = ["DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"];
        var expected = valueTypes.SelectMany(t => "BILU".Select(p => $"{p}-{t}")).Append("O");
        Assert.Equal(expected.Order(), allowed.Order());
    }

    [Fact]
    public void Create_CoarseDocument_CountsEntitiesAndGivesAnAllowedRepresentativeLabelling()
    {
        var (document, preparer) = Prepare(CoarseBio);

        Assert.True(document.IsPartial);
        Assert.Equal(4, preparer.Entities);
        Assert.Equal(0, preparer.DroppedEntities);
        Assert.Equal(document.TokenCount, preparer.Tokens);
        Assert.True(Labels.IsValidSequence(document.GoldLabels));
        for (var t = 0; t < document.TokenCount; t++)
        {
            Assert.True(document.Allowed!.IsAllowed(t, document.GoldLabels[t]), $"token {t}");
        }
    }

    [Fact]
    public void Create_UnknownCoarseType_ThrowsNamingTheType()
    {
        var bio = """
            the	O
            Zephyr	B-VEHICLE
            left	O
            .	O
            """;

        var exception = Assert.Throws<InvalidDataException>(() => Prepare(bio));

        Assert.Contains("'VEHICLE'", exception.Message);
        Assert.Contains("conll2003", exception.Message);
    }

    [Fact]
    public void Conll2003_UnannotatedTypes_AreTheSevenValueTypes()
    {
        var unannotated = CoarseTypeMapping.Conll2003.UnannotatedTypes(Labels).Select(t => t.Name);

        Assert.Equal(["CARDINAL", "DATE", "MONEY", "ORDINAL", "PERCENT", "QUANTITY", "TIME"], unannotated.Order());
    }

    [Theory]
    [InlineData("conll", true)]
    [InlineData("CoNLL2003", true)]
    [InlineData("ontonotes", false)]
    public void Named_KnowsTheBuiltInMapping(string name, bool known) =>
        Assert.Equal(known, CoarseTypeMapping.Named(name) is not null);

    [Fact]
    public void Parse_WrittenOutMapping_AllowsItsFineTypesOnly()
    {
        var mapping = CoarseTypeMapping.Parse("PER=PERSON, ORG=ORG/GPE, LOC=GPE/LOC/FAC, MISC=NORP");

        var (document, _) = Prepare(CoarseBio, mapping);

        Assert.Equal(["B-GPE", "B-ORG"], AllowedNames(document, "Kestrel").Order());
        Assert.Equal(["U-NORP"], AllowedNames(document, "Veloran"));
        Assert.Contains("U-EVENT", AllowedNames(document, "two"));
    }

    [Theory]
    [InlineData("ontonotes", "neither a built-in mapping")]
    [InlineData("PER=PERSON,ORG", "'ORG' is not a COARSE=FINE/FINE entry")]
    [InlineData("PER=PER SON", "'PER SON'")]
    [InlineData("PER=PERSON,PER=ORG", "only once")]
    public void Parse_BadMapping_SaysWhatIsWrong(string text, string expected)
    {
        var exception = Assert.Throws<FormatException>(() => CoarseTypeMapping.Parse(text));

        Assert.Contains(expected, exception.Message);
    }

    [Fact]
    public void Create_MappingToATypeOutsideTheLabelSet_ThrowsNamingIt()
    {
        var mapping = CoarseTypeMapping.Parse("PER=PERSON,ORG=COMPANY");

        var exception = Assert.Throws<ArgumentException>(
            () => new PartiallyLabelledDocuments(new EnglishTokenizer(), new SentenceSplitter(), Labels, mapping));

        Assert.Contains("COMPANY", exception.Message);
    }

    private static (TrainingDocument Document, PartiallyLabelledDocuments Preparer) Prepare(string bio, CoarseTypeMapping? mapping = null)
    {
        var preparer = new PartiallyLabelledDocuments(new EnglishTokenizer(), new SentenceSplitter(), Labels, mapping ?? CoarseTypeMapping.Conll2003);
        var document = preparer.Create(BioReader.Read(new StringReader(bio), "coarse").Single());
        return (document, preparer);
    }

    private static List<string> AllowedNames(TrainingDocument document, string token)
    {
        var index = Array.FindIndex(document.Tokens, t => document.Text[t.Start..t.End] == token);
        Assert.True(index >= 0, $"no token '{token}'");
        var allowed = document.Allowed!.Of(index);
        var names = new List<string>();
        for (var label = 0; label < allowed.Length; label++)
        {
            if (allowed[label])
            {
                names.Add(Labels.NameOf(label));
            }
        }

        return names;
    }
}
