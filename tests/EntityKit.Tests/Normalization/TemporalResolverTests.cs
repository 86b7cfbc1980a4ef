using EntityKit.Normalization;

namespace EntityKit.Tests.Normalization;

/// <summary>Probe sentences' time expressions with the reference date Wednesday 2024-01-24 (the seed article's
/// publication date): a small gold set of our own.</summary>
public sealed class TemporalResolverTests
{
    private static readonly DateOnly Published = new(2024, 1, 24);

    [Theory]
    [InlineData("Wednesday", "Date", "2024-01-24", null)]
    [InlineData("on Monday", "Date", "2024-01-22", null)]
    [InlineData("last Wednesday", "Date", "2024-01-17", null)]
    [InlineData("next Friday", "Date", "2024-01-26", null)]
    [InlineData("today", "Date", "2024-01-24", null)]
    [InlineData("yesterday", "Date", "2024-01-23", null)]
    [InlineData("tomorrow", "Date", "2024-01-25", null)]
    [InlineData("last year", "Date", "2023", null)]
    [InlineData("this year", "Date", "2024", null)]
    [InlineData("next month", "Date", "2024-02", null)]
    [InlineData("last week", "Date", "2024-W03", null)]
    [InlineData("two weeks ago", "Date", "2024-W02", null)]
    [InlineData("three days ago", "Date", "2024-01-21", null)]
    [InlineData("six months ago", "Date", "2023-07", null)]
    [InlineData("a year ago", "Date", "2023", null)]
    [InlineData("early October", "Date", "2023-10", "START")]
    [InlineData("late March", "Date", "2024-03", "END")]
    [InlineData("the end of December", "Date", "2023-12", "END")]
    [InlineData("October 7", "Date", "2023-10-07", null)]
    [InlineData("Jan. 24, 2024", "Date", "2024-01-24", null)]
    [InlineData("24 January 2024", "Date", "2024-01-24", null)]
    [InlineData("the 3rd of February", "Date", "2024-02-03", null)]
    [InlineData("March 2023", "Date", "2023-03", null)]
    [InlineData("2019", "Date", "2019", null)]
    [InlineData("the 1990s", "Date", "199", null)]
    [InlineData("the early 1990s", "Date", "199", "START")]
    [InlineData("the '80s", "Date", "198", null)]
    [InlineData("the nineties", "Date", "199", null)]
    [InlineData("the 19th century", "Date", "18", null)]
    [InlineData("the third quarter", "Date", "2023-Q3", null)]
    [InlineData("Q1 2024", "Date", "2024-Q1", null)]
    [InlineData("the fourth quarter of 2023", "Date", "2023-Q4", null)]
    [InlineData("fiscal 2024", "Date", "FY2024", null)]
    [InlineData("FY24", "Date", "FY2024", null)]
    [InlineData("the first half of 2024", "Date", "2024-H1", null)]
    [InlineData("last summer", "Date", "2023-SU", null)]
    [InlineData("summer 2022", "Date", "2022-SU", null)]
    [InlineData("the weekend", "Date", "2024-W03-WE", null)]
    [InlineData("2020-2022", "Interval", "2020/2022", null)]
    [InlineData("2023/24", "Interval", "2023/2024", null)]
    [InlineData("years", "Duration", "PXY", null)]
    [InlineData("days", "Duration", "PXD", null)]
    [InlineData("year-long", "Duration", "P1Y", null)]
    [InlineData("two weeks", "Duration", "P2W", null)]
    [InlineData("the past five years", "Duration", "P5Y", null)]
    [InlineData("19 years old", "Duration", "P19Y", null)]
    [InlineData("decades", "Duration", "PXDE", null)]
    [InlineData("annual", "Set", "P1Y", null)]
    [InlineData("recent years", "Duration", "PXY", null)]
    [InlineData("now", "Date", "PRESENT_REF", null)]
    public void Resolve_Date_GivesTimexAgainstPublicationDate(string text, string kind, string timex, string? modifier)
    {
        var value = TemporalResolver.Resolve(text, Published);

        Assert.NotNull(value);
        Assert.Equal((Enum.Parse<MentionValueKind>(kind), timex, modifier), (value.Kind, value.Timex, value.Modifier));
    }

    [Theory]
    [InlineData("12.15am", "T00:15")]
    [InlineData("3pm", "T15:00")]
    [InlineData("3:30 p.m.", "T15:30")]
    [InlineData("15:30", "T15:30")]
    [InlineData("noon", "T12:00")]
    [InlineData("12.15am on Wednesday", "2024-01-24T00:15")]
    [InlineData("Tuesday night", "2024-01-23TNI")]
    [InlineData("this morning", "2024-01-24TMO")]
    [InlineData("last night", "2024-01-23TNI")]
    [InlineData("tonight", "2024-01-24TNI")]
    public void Resolve_Time_GivesDateTimeOrTimeOfDay(string text, string timex)
    {
        var value = TemporalResolver.Resolve(text, Published);

        Assert.Equal((MentionValueKind.Time, timex), (value!.Kind, value.Timex));
    }

    [Theory]
    [InlineData("two hours", "PT2H")]
    [InlineData("48 hours", "PT48H")]
    [InlineData("minutes", "PTXM")]
    public void Resolve_TimeSpan_GivesDuration(string text, string timex) =>
        Assert.Equal((MentionValueKind.Duration, timex), (TemporalResolver.Resolve(text, Published)!.Kind, TemporalResolver.Resolve(text, Published)!.Timex));

    [Theory]
    [InlineData("24 January 2024", "2024-01-24")]
    [InlineData("2019", "2019")]
    [InlineData("the 1990s", "199")]
    [InlineData("two weeks", "P2W")]
    [InlineData("October 7", "XXXX-10-07")]
    [InlineData("12.15am", "T00:15")]
    public void Resolve_WithoutReference_ResolvesAbsoluteExpressions(string text, string timex) =>
        Assert.Equal(timex, TemporalResolver.Resolve(text, reference: null)?.Timex);

    [Theory]
    [InlineData("Wednesday")]
    [InlineData("last year")]
    [InlineData("two weeks ago")]
    [InlineData("yesterday")]
    [InlineData("the third quarter")]
    public void Resolve_RelativeWithoutReference_GivesNull(string text) =>
        Assert.Null(TemporalResolver.Resolve(text, reference: null));

    [Theory]
    [InlineData("")]
    [InlineData("the")]
    [InlineData("Kataib Hezbollah")]
    public void Resolve_NoTimeExpression_GivesNull(string text) =>
        Assert.Null(TemporalResolver.Resolve(text, Published));
}
