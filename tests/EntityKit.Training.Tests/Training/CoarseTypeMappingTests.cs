using EntityKit.Training;

namespace EntityKit.Tests.Training;

/// <summary>The one coarse-type mapping, read fine to coarse (<see cref="CoarseTypeMapping.CoarseTypeOf"/>): what coarse
/// scoring and partially labelled training both rely on.</summary>
public sealed class CoarseTypeMappingTests
{
    public static TheoryData<string, string?> Conll2003Labels => new()
    {
        { "PER", "PER" }, { "ORG", "ORG" }, { "LOC", "LOC" }, { "MISC", "MISC" },
        { "PERSON", "PER" }, { "GPE", "LOC" }, { "FAC", "LOC" }, { "NORP", "MISC" }, { "WORK_OF_ART", "MISC" },
        { "DATE", null }, { "MONEY", null }, { "TICKER", null }, { "person", null },
    };

    [Theory]
    [MemberData(nameof(Conll2003Labels))]
    public void CoarseTypeOf_Conll2003_CoarseTypesAreThemselvesAndFineTypesTheirCoarseType(string label, string? expected)
    {
        Assert.Equal(expected, CoarseTypeMapping.Conll2003.CoarseTypeOf(label));
    }

    [Fact]
    public void CoarseTypeOf_FineTypeOfSeveralCoarseTypes_IsTheFirstCoarseTypeInOrdinalOrder()
    {
        var mapping = CoarseTypeMapping.Parse("ORG=ORG/GPE, LOC=GPE/LOC");

        Assert.Equal("LOC", mapping.CoarseTypeOf("GPE"));
        Assert.Equal("ORG", mapping.CoarseTypeOf("ORG"));
        Assert.Null(mapping.CoarseTypeOf("PERSON"));
    }
}
