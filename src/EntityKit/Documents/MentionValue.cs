namespace EntityKit;

/// <summary>What a <see cref="MentionValue"/> holds.</summary>
public enum MentionValueKind
{
    /// <summary>A calendar date or a coarser period (a week, month, quarter, season, year, decade or century) in
    /// <see cref="MentionValue.Timex"/>.</summary>
    Date = 0,
    /// <summary>A date with a time of day, or a time of day alone (<c>T00:15</c>), in <see cref="MentionValue.Timex"/>.</summary>
    Time,
    /// <summary>A length of time such as <c>P2W</c> in <see cref="MentionValue.Timex"/>.</summary>
    Duration,
    /// <summary>Two dates joined by <c>/</c> such as <c>2020/2022</c> in <see cref="MentionValue.Timex"/>.</summary>
    Interval,
    /// <summary>A recurrence such as <c>P1D</c> ("daily") in <see cref="MentionValue.Timex"/>.</summary>
    Set,
    /// <summary>An amount of money: <see cref="MentionValue.Number"/> in the ISO 4217 currency of <see cref="MentionValue.Unit"/>.</summary>
    Money,
    /// <summary>A percentage: <see cref="MentionValue.Number"/> is the number of percent (5 for "5%").</summary>
    Percent,
    /// <summary>A measurement: <see cref="MentionValue.Number"/> of <see cref="MentionValue.Unit"/>.</summary>
    Quantity,
    /// <summary>A count or other plain number.</summary>
    Number,
    /// <summary>A rank: <see cref="MentionValue.Number"/> is 3 for "third".</summary>
    Ordinal,
}

/// <summary>
/// The normalised value of a DATE, TIME, MONEY, PERCENT, QUANTITY, CARDINAL or ORDINAL mention: a TIMEX3-like
/// ISO 8601 value for time expressions, a number (with an upper bound for ranges) and a unit for amounts.
/// </summary>
/// <remarks>Immutable.</remarks>
/// <param name="Kind">What the value holds.</param>
public sealed record MentionValue(MentionValueKind Kind)
{
    /// <summary>
    /// For time expressions, the TIMEX3 value: an ISO 8601 date or partial date (<c>2024-01-24</c>, <c>2023-10</c>,
    /// <c>2024-W04</c>, <c>2024-Q3</c>, <c>2023-SU</c>, <c>2023</c>, <c>199</c> for the 1990s, <c>18</c> for the 19th
    /// century, <c>FY2024</c>), a date-time (<c>2024-01-24T00:15</c>, <c>2024-01-24TMO</c> for a morning), a
    /// duration (<c>P2W</c>, <c>PXY</c> for "years"), an interval (<c>2020/2022</c>) or a reference
    /// (<c>PRESENT_REF</c>, <c>PAST_REF</c>, <c>FUTURE_REF</c>). Null for amounts.
    /// </summary>
    public string? Timex { get; init; }

    /// <summary>
    /// A TIMEX3 modifier: <c>START</c>, <c>MID</c>, <c>END</c> ("early October"), <c>APPROX</c> ("about 5"),
    /// <c>MORE_THAN</c>, <c>LESS_THAN</c>, <c>EQUAL_OR_MORE</c>, <c>EQUAL_OR_LESS</c>; null when none.
    /// </summary>
    public string? Modifier { get; init; }

    /// <summary>For amounts, the number (the lower bound of a range); null for time expressions.</summary>
    public decimal? Number { get; init; }

    /// <summary>For ranges ("£3,000-£5,000"), the upper bound; otherwise null.</summary>
    public decimal? Maximum { get; init; }

    /// <summary>The ISO 4217 code for money, <c>%</c> for percentages, the unit for quantities (<c>km</c>,
    /// <c>kg</c>, or the unit word as written when it is not a known unit); null otherwise.</summary>
    public string? Unit { get; init; }

    /// <inheritdoc/>
    public override string ToString()
    {
        var core = Timex ?? (Maximum is { } max ? $"{Number}-{max}" : $"{Number}") + (Unit is null ? string.Empty : " " + Unit);
        return Modifier is null ? $"{Kind}: {core}" : $"{Kind}: {core} ({Modifier})";
    }
}
