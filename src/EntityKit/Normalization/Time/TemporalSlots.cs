namespace EntityKit.Normalization.Time;

/// <summary>What <see cref="TemporalSlotReader"/> found in one DATE/TIME span; <see cref="TemporalComposer"/>
/// turns it into a value. Per call, never shared.</summary>
internal sealed class TemporalSlots
{
    public string? Modifier { get; set; }
    public int? Year { get; set; }
    public int? EndYear { get; set; }
    public int? Month { get; set; }
    public int? EndMonth { get; set; }
    public int? Day { get; set; }
    public DayOfWeek? Weekday { get; set; }
    public int? Decade { get; set; }
    public int? Century { get; set; }
    public int? Quarter { get; set; }
    public int? Half { get; set; }
    public string? Season { get; set; }
    public int SeasonMiddleMonth { get; set; }
    public bool Weekend { get; set; }
    public bool Fiscal { get; set; }

    /// <summary>-1 for "last/previous/past", 0 for "this/current", +1 for "next/coming"; null when none.</summary>
    public int? Shift { get; set; }

    /// <summary>The unit a relative word or a count applies to ("last week", "two weeks").</summary>
    public TimeUnit Unit { get; set; }
    public decimal? Count { get; set; }
    public bool UnitIsPlural { get; set; }
    public bool Ago { get; set; }
    public bool Age { get; set; }

    /// <summary>Days from the reference date for "yesterday" (-1), "today" (0), "tomorrow" (+1), "tonight" (0).</summary>
    public int? DayOffset { get; set; }
    public int? Hour { get; set; }
    public int? Minute { get; set; }
    public string? PartOfDay { get; set; }
    public string? Reference { get; set; }
    public string? Recurrence { get; set; }

    public bool HasTimeOfDay => Hour is not null || PartOfDay is not null;
}
