using System.Globalization;
using EntityKit.Normalization;

namespace EntityKit.Tests.Normalization;

public sealed class AmountResolverTests
{
    [Theory]
    [InlineData("$2.5 million", "2500000", null, "USD", null)]
    [InlineData("$5m", "5000000", null, "USD", null)]
    [InlineData("£3,000-£5,000", "3000", "5000", "GBP", null)]
    [InlineData("€1.2bn", "1200000000", null, "EUR", null)]
    [InlineData("US$40", "40", null, "USD", null)]
    [InlineData("A$300 million", "300000000", null, "AUD", null)]
    [InlineData("5 million dollars", "5000000", null, "USD", null)]
    [InlineData("50 cents", "0.5", null, "USD", null)]
    [InlineData("20p", "0.2", null, "GBP", null)]
    [InlineData("about $5m", "5000000", null, "USD", "APPROX")]
    [InlineData("more than £1bn", "1000000000", null, "GBP", "MORE_THAN")]
    [InlineData("$3-5 million", "3000000", "5000000", "USD", null)]
    [InlineData("between $10 and $20", "10", "20", "USD", null)]
    [InlineData("500 Egyptian pounds", "500", null, "EGP", null)]
    [InlineData("USD 75", "75", null, "USD", null)]
    [InlineData("Rs 500 crore", "5000000000", null, "INR", null)]
    [InlineData("a million dollars", "1000000", null, "USD", null)]
    [InlineData("two billion yuan", "2000000000", null, "CNY", null)]
    public void Resolve_Money_GivesValueAndIsoCurrency(string text, string number, string? maximum, string currency, string? modifier)
    {
        var value = AmountResolver.Resolve(text, EntityType.Money);

        Assert.NotNull(value);
        Assert.Equal(MentionValueKind.Money, value.Kind);
        Assert.Equal(decimal.Parse(number, CultureInfo.InvariantCulture), value.Number);
        Assert.Equal(maximum is null ? null : decimal.Parse(maximum, CultureInfo.InvariantCulture), value.Maximum);
        Assert.Equal(currency, value.Unit);
        Assert.Equal(modifier, value.Modifier);
    }

    [Theory]
    [InlineData("5%", "5", null, null)]
    [InlineData("12.5 per cent", "12.5", null, null)]
    [InlineData("five percent", "5", null, null)]
    [InlineData("5-10%", "5", "10", null)]
    [InlineData("nearly 40 percent", "40", null, "APPROX")]
    [InlineData("3 percentage points", "3", null, null)]
    [InlineData("a quarter of a percent", "0.25", null, null)]
    public void Resolve_Percent_GivesNumberOfPercent(string text, string number, string? maximum, string? modifier)
    {
        var value = AmountResolver.Resolve(text, EntityType.Percent);

        Assert.NotNull(value);
        Assert.Equal(decimal.Parse(number, CultureInfo.InvariantCulture), value.Number);
        Assert.Equal(maximum is null ? null : decimal.Parse(maximum, CultureInfo.InvariantCulture), value.Maximum);
        Assert.Equal("%", value.Unit);
        Assert.Equal(modifier, value.Modifier);
    }

    [Theory]
    [InlineData("5km", "5", "km")]
    [InlineData("300 miles", "300", "mi")]
    [InlineData("2.5 million barrels", "2500000", "bbl")]
    [InlineData("10,000 square miles", "10000", "sq mi")]
    [InlineData("60 mph", "60", "mph")]
    [InlineData("about 20 tonnes", "20", "t")]
    [InlineData("six feet", "6", "ft")]
    [InlineData("120 km/h", "120", "km/h")]
    [InlineData("three tablespoons", "3", "tablespoons")]
    public void Resolve_Quantity_GivesNumberAndUnit(string text, string number, string unit)
    {
        var value = AmountResolver.Resolve(text, EntityType.Quantity);

        Assert.NotNull(value);
        Assert.Equal(decimal.Parse(number, CultureInfo.InvariantCulture), value.Number);
        Assert.Equal(unit, value.Unit);
    }

    [Theory]
    [InlineData("two", "2")]
    [InlineData("2.5 million", "2500000")]
    [InlineData("a quarter", "0.25")]
    [InlineData("three quarters", "0.75")]
    [InlineData("one and a half", "1.5")]
    [InlineData("twenty-five", "25")]
    [InlineData("three hundred thousand", "300000")]
    [InlineData("one hundred and five", "105")]
    [InlineData("a dozen", "12")]
    [InlineData("1,234", "1234")]
    [InlineData("half", "0.5")]
    [InlineData("two thirds", "0.6666666666666666666666666667")]
    public void Resolve_Cardinal_GivesNumber(string text, string number)
    {
        var value = AmountResolver.Resolve(text, EntityType.Cardinal);

        Assert.NotNull(value);
        Assert.Equal(MentionValueKind.Number, value.Kind);
        Assert.Equal(decimal.Parse(number, CultureInfo.InvariantCulture), value.Number);
    }

    [Fact]
    public void Resolve_CardinalRange_GivesBothBounds()
    {
        var value = AmountResolver.Resolve("10 to 12", EntityType.Cardinal);

        Assert.Equal((10m, 12m), (value!.Number!.Value, value.Maximum!.Value));
    }

    [Theory]
    [InlineData("first", 1)]
    [InlineData("third", 3)]
    [InlineData("21st", 21)]
    [InlineData("twenty-first", 21)]
    [InlineData("the 100th", 100)]
    [InlineData("fortieth", 40)]
    public void Resolve_Ordinal_GivesRank(string text, int rank)
    {
        var value = AmountResolver.Resolve(text, EntityType.Ordinal);

        Assert.Equal(MentionValueKind.Ordinal, value!.Kind);
        Assert.Equal(rank, value.Number);
    }

    [Theory]
    [InlineData("dozens", "CARDINAL")]
    [InlineData("several", "CARDINAL")]
    [InlineData("Wednesday", "MONEY")]
    [InlineData("two", "PERSON")]
    public void Resolve_NoNumberOrNotAnAmountType_GivesNull(string text, string type) =>
        Assert.Null(AmountResolver.Resolve(text, EntityType.FromName(type)));
}
