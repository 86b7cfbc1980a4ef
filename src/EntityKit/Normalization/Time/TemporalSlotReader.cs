namespace EntityKit.Normalization.Time;

/// <summary>
/// Reads the tokens of one DATE/TIME span into <see cref="TemporalSlots"/>: each word or number fills the slot it
/// can fill ("early" the modifier, "October" the month, "2024" the year, "two weeks" a count and a unit, "12.15am"
/// the hour and minute). Unknown words are skipped, so "the strikes' early hours" still reads what it can.
/// </summary>
internal static class TemporalSlotReader
{
    public static TemporalSlots Read(List<ValueToken> tokens)
    {
        var slots = new TemporalSlots();
        var i = 0;
        while (i < tokens.Count)
        {
            i = ReadAt(tokens, i, slots);
        }

        return slots;
    }

    private static int ReadAt(List<ValueToken> tokens, int i, TemporalSlots slots)
    {
        var token = tokens[i];
        if (token.Kind == ValueTokenKind.Number)
        {
            return ReadNumber(tokens, i, slots);
        }

        if (token.IsSymbol("'") && i + 1 < tokens.Count && tokens[i + 1].IsPlainInteger && tokens[i + 1].Text.Length == 2)
        {
            // '90s, '08
            var twoDigits = (int)tokens[i + 1].Number;
            var year = twoDigits >= 30 ? 1900 + twoDigits : 2000 + twoDigits;
            if (i + 2 < tokens.Count && tokens[i + 2].IsWord("s"))
            {
                slots.Decade = year / 10;
                return i + 3;
            }

            SetYear(slots, year);
            return i + 2;
        }

        if (token.Kind != ValueTokenKind.Word)
        {
            return i + 1;
        }

        var word = token.Text;
        if (ReadModifier(tokens, i, slots) is { } afterModifier)
        {
            return afterModifier;
        }

        if (CalendarWords.Months.TryGetValue(word, out var month) && !(word == "may" && slots.Month is not null))
        {
            if (slots.Month is null)
            {
                slots.Month = month;
            }
            else
            {
                slots.EndMonth = month;
            }

            return i + 1;
        }

        if (CalendarWords.Weekdays.TryGetValue(word, out var weekday))
        {
            slots.Weekday = weekday;
            return i + 1;
        }

        if (CalendarWords.Seasons.TryGetValue(word, out var season))
        {
            slots.Season = season.Code;
            slots.SeasonMiddleMonth = season.MiddleMonth;
            return i + 1;
        }

        if (CalendarWords.DecadeWords.TryGetValue(word, out var decadeDigit))
        {
            slots.Decade = 190 + decadeDigit;
            return i + 1;
        }

        if (CalendarWords.Recurrences.TryGetValue(word, out var recurrence))
        {
            slots.Recurrence = recurrence;
            return i + 1;
        }

        if (ReadOrdinalPeriod(tokens, i, slots) is { } afterOrdinal)
        {
            return afterOrdinal;
        }

        if (word is "a" or "an" && i + 1 < tokens.Count && CalendarWords.Units.TryGetValue(tokens[i + 1].Text, out var singleUnit))
        {
            slots.Count = 1;
            slots.Unit = singleUnit;
            return i + 2;
        }

        var start = i;
        if (word is not "second" and not "fourth" && NumberPhraseParser.TryRead(tokens, ref i, out var count) && i > start)
        {
            // "two weeks", "twenty-five years"
            return ReadCountedUnit(tokens, i, count, slots) ?? i;
        }

        i = start;
        if (CalendarWords.Units.TryGetValue(word, out var unit) && !(word is "second" && slots.Count is null))
        {
            if (unit == TimeUnit.Quarter && slots.Quarter is not null)
            {
                return i + 1;
            }

            slots.Unit = unit;
            slots.UnitIsPlural = word.EndsWith('s') && unit != TimeUnit.Century || word == "centuries";
            return i + 1;
        }

        if (CalendarWords.PartsOfDay.TryGetValue(word, out var partOfDay))
        {
            slots.PartOfDay = partOfDay;
            return i + 1;
        }

        return ReadWord(tokens, i, slots);
    }

    /// <summary>Modifiers: "early", "mid", "late", "the start/beginning/middle/end of", "about".</summary>
    private static int? ReadModifier(List<ValueToken> tokens, int i, TemporalSlots slots)
    {
        var word = tokens[i].Text;
        string? modifier = word switch
        {
            "early" or "beginning" or "start" => "START",
            "mid" or "middle" => "MID",
            "late" or "end" => "END",
            "about" or "around" or "approximately" or "roughly" => "APPROX",
            _ => null,
        };
        if (modifier is null)
        {
            return null;
        }

        slots.Modifier ??= modifier;
        return i + 1;
    }

    /// <summary>"the third quarter", "the first half", "the 19th century", "second week".</summary>
    private static int? ReadOrdinalPeriod(List<ValueToken> tokens, int i, TemporalSlots slots)
    {
        var next = i;
        if (!NumberPhraseParser.TryReadOrdinal(tokens, ref next, out var ordinal) || next >= tokens.Count)
        {
            return null;
        }

        if (tokens[next].IsWord("fiscal"))
        {
            slots.Fiscal = true;
            next++;
        }

        if (next >= tokens.Count)
        {
            return null;
        }

        switch (tokens[next].Text)
        {
            case "quarter" when ordinal is >= 1 and <= 4:
                slots.Quarter = (int)ordinal;
                return next + 1;
            case "half" when ordinal is 1 or 2:
                slots.Half = (int)ordinal;
                return next + 1;
            case "century" when ordinal is >= 1 and <= 22:
                slots.Century = (int)ordinal - 1;
                return next + 1;
            default:
                return null;
        }
    }

    /// <summary>Relative words, named days, clock words, quarters ("Q3"); returns the index after what it read.</summary>
    private static int ReadWord(List<ValueToken> tokens, int i, TemporalSlots slots)
    {
        var word = tokens[i].Text;
        switch (word)
        {
            case "last" or "previous" or "past" or "preceding":
                slots.Shift = -1;
                break;
            case "this" or "current":
                slots.Shift ??= 0;
                break;
            case "next" or "coming" or "following" or "upcoming":
                slots.Shift = 1;
                break;
            case "ago" or "earlier" when slots.Count is not null || slots.Unit != TimeUnit.None:
                slots.Ago = true;
                break;
            case "old" or "aged":
                slots.Age = true;
                break;
            case "today":
                slots.DayOffset = 0;
                break;
            case "yesterday":
                slots.DayOffset = -1;
                break;
            case "tomorrow":
                slots.DayOffset = 1;
                break;
            case "tonight":
                slots.DayOffset = 0;
                slots.PartOfDay = "NI";
                break;
            case "noon":
                slots.Hour = 12;
                slots.Minute = 0;
                break;
            case "midnight":
                slots.Hour = 0;
                slots.Minute = 0;
                break;
            case "weekend" or "weekends":
                slots.Weekend = true;
                break;
            case "fiscal" or "fy":
                slots.Fiscal = true;
                break;
            case "q" when i + 1 < tokens.Count && tokens[i + 1].IsPlainInteger && tokens[i + 1].Number is >= 1 and <= 4:
                slots.Quarter = (int)tokens[i + 1].Number;
                return i + 2;
            case "h" when i + 1 < tokens.Count && tokens[i + 1].IsPlainInteger && tokens[i + 1].Number is 1 or 2:
                slots.Half = (int)tokens[i + 1].Number;
                return i + 2;
            case "now" or "currently" or "present" or "nowadays" or "presently":
                slots.Reference = "PRESENT_REF";
                break;
            case "recent" or "recently" or "lately" or "previously" or "formerly" or "once":
                slots.Reference ??= "PAST_REF";
                break;
            case "future" or "soon":
                slots.Reference = "FUTURE_REF";
                break;
            case "every" or "each" or "per":
                slots.Recurrence ??= string.Empty;
                break;
            case "long" or "lasting" when slots.Unit != TimeUnit.None && slots.Count is null:
                slots.Count = 1;
                break;
        }

        return i + 1;
    }

    private static int ReadNumber(List<ValueToken> tokens, int i, TemporalSlots slots)
    {
        var token = tokens[i];
        var next = i + 1 < tokens.Count ? tokens[i + 1] : default;
        if (TryReadClock(tokens, i, slots) is { } afterClock)
        {
            return afterClock;
        }

        if (token.IsPlainInteger && token.Text.Length == 4 && token.Number is >= 1000 and <= 2199)
        {
            var year = (int)token.Number;
            if (next.IsWord("s"))
            {
                slots.Decade = year / 10;
                return i + 2;
            }

            SetYear(slots, year);
            return ReadYearRangeEnd(tokens, i + 1, slots, year);
        }

        if (token.IsPlainInteger && token.Number is >= 1 and <= 31 && (next.Kind == ValueTokenKind.Word && NumberWords.IsOrdinalSuffix(next.Text)
            || slots.Month is not null && slots.Day is null || IsMonthAt(tokens, i + 1) || IsMonthAt(tokens, i + 2) && tokens[i + 1].IsWord("of")))
        {
            if (next.Kind == ValueTokenKind.Word && NumberWords.IsOrdinalSuffix(next.Text) && i + 2 < tokens.Count
                && tokens[i + 2].Text is "century" && token.Number <= 22)
            {
                slots.Century = (int)token.Number - 1;
                return i + 3;
            }

            if (slots.Day is not null && slots.Month is null)
            {
                return i + 1;
            }

            slots.Day ??= (int)token.Number;
            return next.Kind == ValueTokenKind.Word && NumberWords.IsOrdinalSuffix(next.Text) ? i + 2 : i + 1;
        }

        if (token.IsPlainInteger && slots.Fiscal && token.Text.Length == 2)
        {
            SetYear(slots, 2000 + (int)token.Number);
            return i + 1;
        }

        var end = i;
        if (NumberPhraseParser.TryRead(tokens, ref end, out var count))
        {
            if (ReadCountedUnit(tokens, end, count, slots) is { } afterUnit)
            {
                return afterUnit;
            }

            if (slots.Age || end < tokens.Count && tokens[end].IsWord("old"))
            {
                slots.Count = count;
                slots.Unit = TimeUnit.Year;
                return end;
            }
        }

        return i + 1;
    }

    /// <summary>The time unit after a count ("two weeks", "48-hour"): fills count and unit and returns the index
    /// after the unit, or null when no unit follows.</summary>
    private static int? ReadCountedUnit(List<ValueToken> tokens, int i, decimal count, TemporalSlots slots)
    {
        if (i < tokens.Count && tokens[i].IsSymbol("-"))
        {
            i++;
        }

        if (i >= tokens.Count || !CalendarWords.Units.TryGetValue(tokens[i].Text, out var unit))
        {
            return null;
        }

        slots.Count = count;
        slots.Unit = unit;
        slots.UnitIsPlural = tokens[i].Text.EndsWith('s');
        return i + 1;
    }

    /// <summary>"2020-2022", "2023/24", "2020 to 2022".</summary>
    private static int ReadYearRangeEnd(List<ValueToken> tokens, int i, TemporalSlots slots, int year)
    {
        if (i + 1 >= tokens.Count || !(tokens[i].IsSymbol("-") || tokens[i].IsSymbol("/") || tokens[i].IsWord("to") || tokens[i].IsWord("and")))
        {
            return i;
        }

        var end = tokens[i + 1];
        if (!end.IsPlainInteger)
        {
            return i;
        }

        var endYear = end.Text.Length == 4 ? (int)end.Number : end.Text.Length == 2 ? year / 100 * 100 + (int)end.Number : -1;
        if (endYear > year && endYear - year < 200)
        {
            slots.EndYear = endYear;
            return i + 2;
        }

        return i;
    }

    /// <summary>"12.15am", "3pm", "3 p.m.", "15:30", "9:30 a.m."</summary>
    private static int? TryReadClock(List<ValueToken> tokens, int i, TemporalSlots slots)
    {
        var token = tokens[i];
        int hour, minute = 0;
        var next = i + 1;
        var dot = token.Text.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0 && token.Text.Length - dot - 1 == 2 && int.TryParse(token.Text.AsSpan(0, dot), out var h) && int.TryParse(token.Text.AsSpan(dot + 1), out var m))
        {
            hour = h;
            minute = m;
        }
        else if (token.IsPlainInteger && token.Text.Length <= 2)
        {
            hour = (int)token.Number;
            if (next + 1 < tokens.Count && tokens[next].IsSymbol(":") && tokens[next + 1].IsPlainInteger && tokens[next + 1].Text.Length == 2)
            {
                minute = (int)tokens[next + 1].Number;
                next += 2;
                if (!(next < tokens.Count && IsMeridiem(tokens[next].Text)))
                {
                    return SetClock(slots, hour, minute, next);
                }
            }
        }
        else
        {
            return null;
        }

        if (next < tokens.Count && tokens[next].IsWord("o") && next + 2 < tokens.Count && tokens[next + 2].IsWord("clock"))
        {
            return SetClock(slots, hour, minute, next + 3);
        }

        if (next >= tokens.Count || !IsMeridiem(tokens[next].Text) || hour is < 1 or > 12 || minute > 59)
        {
            return dot > 0 && slots.Month is null && slots.Unit == TimeUnit.None && hour < 24 && minute < 60 && IsClockContext(tokens, i)
                ? SetClock(slots, hour, minute, next)
                : null;
        }

        var pm = tokens[next].Text.StartsWith('p');
        hour = hour % 12 + (pm ? 12 : 0);
        return SetClock(slots, hour, minute, next + 1);
    }

    /// <summary>"at 12.15" is a clock time only when a word such as "at" precedes it.</summary>
    private static bool IsClockContext(List<ValueToken> tokens, int i) => i > 0 && tokens[i - 1].IsWord("at");

    private static bool IsMeridiem(string word) => word is "am" or "pm";

    private static int? SetClock(TemporalSlots slots, int hour, int minute, int next)
    {
        if (hour > 23 || minute > 59)
        {
            return null;
        }

        slots.Hour = hour;
        slots.Minute = minute;
        return next;
    }

    private static bool IsMonthAt(List<ValueToken> tokens, int i) =>
        i < tokens.Count && tokens[i].Kind == ValueTokenKind.Word && CalendarWords.Months.ContainsKey(tokens[i].Text);

    private static void SetYear(TemporalSlots slots, int year)
    {
        if (slots.Year is null)
        {
            slots.Year = year;
        }
        else if (year > slots.Year)
        {
            slots.EndYear ??= year;
        }
    }
}
