using System.Globalization;

namespace EntityKit.Normalization.Time;

/// <summary>
/// Turns <see cref="TemporalSlots"/> into a TIMEX3-like <see cref="MentionValue"/>, resolving relative parts
/// against the reference date. Without a reference date only absolute expressions (explicit years and dates,
/// decades, durations, clock times) resolve.
/// </summary>
internal static class TemporalComposer
{
    public static MentionValue? Compose(TemporalSlots slots, DateOnly? reference)
    {
        var value = ComposeCore(slots, reference);
        if (value is null)
        {
            return null;
        }

        return slots.Modifier is { } modifier && value.Modifier is null ? value with { Modifier = modifier } : value;
    }

    private static MentionValue? ComposeCore(TemporalSlots slots, DateOnly? reference)
    {
        if (slots.Recurrence is { Length: > 0 } recurrence)
        {
            return Timex(MentionValueKind.Set, recurrence);
        }

        if (slots.Recurrence is not null && slots.Unit != TimeUnit.None)
        {
            return Timex(MentionValueKind.Set, CalendarWords.Duration(slots.Unit, slots.Count ?? 1));
        }

        if (ComposeCountedUnit(slots, reference) is { } counted)
        {
            return counted;
        }

        var date = ComposeDate(slots, reference);
        if (slots.HasTimeOfDay)
        {
            var time = slots.Hour is { } hour ? $"T{hour:00}:{slots.Minute ?? 0:00}" : "T" + slots.PartOfDay;
            if (date is null && slots.PartOfDay is not null && slots.Hour is null && reference is { } today && slots.Shift is -1)
            {
                // "last night"
                date = Format(today.AddDays(-1));
            }
            else if (date is null && slots.PartOfDay is not null && slots.Hour is null && reference is { } now && slots.Shift is 0)
            {
                // "this morning"
                date = Format(now);
            }

            if (date is null && slots.Hour is null)
            {
                return null;
            }

            return Timex(MentionValueKind.Time, (date ?? string.Empty) + time);
        }

        if (date is not null)
        {
            return Timex(date.Contains('/', StringComparison.Ordinal) ? MentionValueKind.Interval : MentionValueKind.Date, date);
        }

        return slots.Reference is { } referenceValue ? Timex(MentionValueKind.Date, referenceValue) : null;
    }

    /// <summary>"two weeks ago" (a date), "two weeks", "years", "year-long", "19 years old" (durations).</summary>
    private static MentionValue? ComposeCountedUnit(TemporalSlots slots, DateOnly? reference)
    {
        if (slots.Unit == TimeUnit.None || slots.Quarter is not null || slots.Half is not null || slots.Century is not null)
        {
            return null;
        }

        if (slots.Ago)
        {
            if (reference is not { } today)
            {
                return null;
            }

            var count = slots.Count is { } c && c == decimal.Truncate(c) ? (int)c : (int?)null;
            if (count is null)
            {
                return Timex(MentionValueKind.Date, "PAST_REF");
            }

            return Timex(MentionValueKind.Date, ShiftBy(today, slots.Unit, -count.Value));
        }

        if (slots.Count is not null || slots.UnitIsPlural || slots.Age)
        {
            if (slots.Count is null && slots.Shift is not null && !slots.UnitIsPlural)
            {
                return null;
            }

            return Timex(MentionValueKind.Duration, CalendarWords.Duration(slots.Unit, slots.Count));
        }

        return null;
    }

    private static string? ComposeDate(TemporalSlots slots, DateOnly? reference)
    {
        if (slots.DayOffset is { } offset)
        {
            return reference is { } today ? Format(today.AddDays(offset)) : null;
        }

        if (slots.Century is { } century)
        {
            return century.ToString("00", CultureInfo.InvariantCulture);
        }

        if (slots.Decade is { } decade)
        {
            return decade.ToString(CultureInfo.InvariantCulture);
        }

        if (slots.Quarter is { } quarter)
        {
            return ComposePartOfYear(slots, reference, "Q" + quarter, quarterLength: 3, index: quarter);
        }

        if (slots.Half is { } half)
        {
            return ComposePartOfYear(slots, reference, "H" + half, quarterLength: 6, index: half);
        }

        if (slots.Season is { } season)
        {
            var year = slots.Year ?? NearestYear(reference, slots.SeasonMiddleMonth, 15, slots.Shift);
            return year is null ? null : $"{year:0000}-{season}";
        }

        if (slots.Month is { } month)
        {
            return ComposeMonthDate(slots, reference, month);
        }

        if (slots.Year is { } explicitYear)
        {
            var prefix = slots.Fiscal ? "FY" : string.Empty;
            return slots.EndYear is { } endYear ? $"{prefix}{explicitYear:0000}/{prefix}{endYear:0000}" : $"{prefix}{explicitYear:0000}";
        }

        if (slots.Weekday is { } weekday)
        {
            return reference is { } today ? Format(ResolveWeekday(today, weekday, slots.Shift)) : null;
        }

        if (slots.Weekend)
        {
            return reference is { } today ? WeekendOf(today, slots.Shift) : null;
        }

        if (slots.Shift is { } shift && reference is { } day)
        {
            return slots.Unit switch
            {
                TimeUnit.Day => Format(day.AddDays(shift)),
                TimeUnit.Week or TimeUnit.Fortnight => IsoWeek(day.AddDays(7 * shift)),
                TimeUnit.Month => FormatMonth(day.AddMonths(shift)),
                TimeUnit.Year => (slots.Fiscal ? "FY" : string.Empty) + (day.Year + shift).ToString("0000", CultureInfo.InvariantCulture),
                TimeUnit.Decade => ((day.Year / 10) + shift).ToString(CultureInfo.InvariantCulture),
                TimeUnit.Century => ((day.Year / 100) + shift).ToString("00", CultureInfo.InvariantCulture),
                _ => null,
            };
        }

        return null;
    }

    /// <summary>Quarters and halves: "Q3 2023", "the third quarter" (this year's when it has begun, else last
    /// year's), "last quarter", "fiscal 2024's second quarter" (FY2024-Q2).</summary>
    private static string? ComposePartOfYear(TemporalSlots slots, DateOnly? reference, string code, int quarterLength, int index)
    {
        var prefix = slots.Fiscal ? "FY" : string.Empty;
        if (slots.Year is { } year)
        {
            return $"{prefix}{year:0000}-{code}";
        }

        if (reference is not { } today)
        {
            return null;
        }

        var current = ((today.Month - 1) / quarterLength) + 1;
        var resolvedYear = index > current ? today.Year - 1 : today.Year;
        return $"{prefix}{resolvedYear:0000}-{code}";
    }

    private static string? ComposeMonthDate(TemporalSlots slots, DateOnly? reference, int month)
    {
        var day = slots.Day;
        int? year = slots.Year ?? NearestYear(reference, month, day ?? 15, slots.Shift);
        if (year is not { } y)
        {
            return day is { } d ? $"XXXX-{month:00}-{d:00}" : $"XXXX-{month:00}";
        }

        if (day is { } dd)
        {
            return dd <= DateTime.DaysInMonth(y, month) ? $"{y:0000}-{month:00}-{dd:00}" : null;
        }

        if (slots.EndMonth is { } endMonth && endMonth > month)
        {
            return $"{y:0000}-{month:00}/{y:0000}-{endMonth:00}";
        }

        return $"{y:0000}-{month:00}";
    }

    /// <summary>The year that puts <paramref name="month"/>/<paramref name="day"/> nearest the reference date
    /// ("early October" written in January 2024 is October 2023); "last"/"next" force the past or the future.</summary>
    private static int? NearestYear(DateOnly? reference, int month, int day, int? shift)
    {
        if (reference is not { } today)
        {
            return null;
        }

        var best = today.Year;
        var bestDistance = int.MaxValue;
        for (var year = today.Year - 1; year <= today.Year + 1; year++)
        {
            var candidate = new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
            var distance = candidate.DayNumber - today.DayNumber;
            if (shift is -1 && distance >= 0 || shift is 1 && distance <= 0)
            {
                continue;
            }

            if (Math.Abs(distance) < bestDistance)
            {
                best = year;
                bestDistance = Math.Abs(distance);
            }
        }

        return best;
    }

    /// <summary>A bare weekday is the most recent one (today included): news reports what happened. "last" is the
    /// one before today, "next" the one after, "this" the one of the reference date's week.</summary>
    private static DateOnly ResolveWeekday(DateOnly today, DayOfWeek weekday, int? shift)
    {
        var back = ((int)today.DayOfWeek - (int)weekday + 7) % 7;
        var ahead = ((int)weekday - (int)today.DayOfWeek + 7) % 7;
        return shift switch
        {
            -1 => today.AddDays(back == 0 ? -7 : -back),
            1 => today.AddDays(ahead == 0 ? 7 : ahead),
            0 => today.AddDays(IsoDayIndex(weekday) - IsoDayIndex(today.DayOfWeek)),
            _ => today.AddDays(-back),
        };
    }

    private static int IsoDayIndex(DayOfWeek day) => day == DayOfWeek.Sunday ? 6 : (int)day - 1;

    /// <summary>"the weekend": the most recent one (it includes today on a weekend), or the coming one when
    /// written on a Thursday or Friday; "last"/"next" step one week back or forward.</summary>
    private static string WeekendOf(DateOnly today, int? shift)
    {
        var saturdayBack = ((int)today.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7;
        var lastSaturday = today.AddDays(-saturdayBack);
        var nearest = saturdayBack >= 5 ? lastSaturday.AddDays(7) : lastSaturday;
        var saturday = shift switch
        {
            1 => lastSaturday.AddDays(7),
            -1 => saturdayBack <= 1 ? lastSaturday.AddDays(-7) : lastSaturday,
            _ => nearest,
        };
        return IsoWeek(saturday) + "-WE";
    }

    private static string ShiftBy(DateOnly today, TimeUnit unit, int count) => unit switch
    {
        TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour => Format(today),
        TimeUnit.Day or TimeUnit.Night => Format(today.AddDays(count)),
        TimeUnit.Week => IsoWeek(today.AddDays(7 * count)),
        TimeUnit.Fortnight => IsoWeek(today.AddDays(14 * count)),
        TimeUnit.Month => FormatMonth(today.AddMonths(count)),
        TimeUnit.Quarter => FormatMonth(today.AddMonths(3 * count)),
        TimeUnit.Year => (today.Year + count).ToString("0000", CultureInfo.InvariantCulture),
        TimeUnit.Decade => ((today.Year + (10 * count)) / 10).ToString(CultureInfo.InvariantCulture),
        TimeUnit.Century => ((today.Year + (100 * count)) / 100).ToString("00", CultureInfo.InvariantCulture),
        _ => Format(today),
    };

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string FormatMonth(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string IsoWeek(DateOnly date)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(dateTime):0000}-W{ISOWeek.GetWeekOfYear(dateTime):00}";
    }

    private static MentionValue Timex(MentionValueKind kind, string value) => new(kind) { Timex = value };
}
