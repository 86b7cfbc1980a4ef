namespace EntityKit.Tests.Documents;

public sealed class EntityTypeTests
{
    [Fact]
    public void OntoNotes_HasEighteenDistinctWellKnownTypes()
    {
        Assert.Equal(18, EntityType.OntoNotes.Count);
        Assert.Equal(18, EntityType.OntoNotes.Distinct().Count());
        Assert.All(EntityType.OntoNotes, t => Assert.True(t.IsOntoNotes));
    }

    [Theory]
    [InlineData("PERSON")]
    [InlineData("person")]
    [InlineData("Gpe")]
    [InlineData("WORK_OF_ART")]
    public void FromName_OntoNotesLabel_ReturnsWellKnownValue(string name)
    {
        var type = EntityType.FromName(name);
        Assert.Contains(type, EntityType.OntoNotes);
        Assert.Equal(name.ToUpperInvariant(), type.Name);
    }

    [Fact]
    public void FromName_UserLabel_DefinesNewType()
    {
        var ticker = EntityType.FromName("ticker");
        Assert.Equal("TICKER", ticker.Name);
        Assert.False(ticker.IsOntoNotes);
        Assert.Equal(ticker, EntityType.FromName("TICKER"));
        Assert.Equal(CoarseEntityType.Misc, ticker.ToCoarse());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("NOT A TYPE")]
    [InlineData("PER/SON")]
    public void FromName_InvalidLabel_ThrowsArgumentException(string name)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => EntityType.FromName(name));
        Assert.Equal("name", error.ParamName);
    }

    public static TheoryData<string, CoarseEntityType> CoarseMapping => new()
    {
        { "PERSON", CoarseEntityType.Person },
        { "ORG", CoarseEntityType.Organization },
        { "GPE", CoarseEntityType.Location },
        { "LOC", CoarseEntityType.Location },
        { "FAC", CoarseEntityType.Location },
        { "NORP", CoarseEntityType.Misc },
        { "EVENT", CoarseEntityType.Misc },
        { "DATE", CoarseEntityType.Temporal },
        { "TIME", CoarseEntityType.Temporal },
        { "MONEY", CoarseEntityType.Numeric },
        { "CARDINAL", CoarseEntityType.Numeric },
        { "ORDINAL", CoarseEntityType.Numeric },
    };

    [Theory]
    [MemberData(nameof(CoarseMapping))]
    public void ToCoarse_MapsEachTypeToItsCategory(string name, CoarseEntityType expected) =>
        Assert.Equal(expected, EntityType.FromName(name).ToCoarse());

    [Fact]
    public void Default_IsNotAType()
    {
        Assert.True(default(EntityType).IsDefault);
        Assert.Equal(string.Empty, default(EntityType).Name);
    }
}
