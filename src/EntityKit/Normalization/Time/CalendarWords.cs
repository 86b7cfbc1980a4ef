using System.Collections.Frozen;

namespace EntityKit.Normalization.Time;

/// <summary>The units a duration or a relative expression counts in, with their TIMEX3 letters.</summary>
internal enum TimeUnit
{
    None = 0,
    Second,
    Minute,
    Hour,
    Day,
    Night,
    Week,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// <summary>English calendar vocabulary: months, weekdays, seasons, parts of the day, time units, decades.</summary>
internal static class CalendarWords
{
    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8, ["september"] = 9,
        ["sept"] = 9, ["sep"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>
    {
        ["monday"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday,
        ["tues"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary();

    /// <summary>Seasons with their TIMEX3 code and the month in their middle (northern hemisphere).</summary>
    public static readonly FrozenDictionary<string, (string Code, int MiddleMonth)> Seasons = new Dictionary<string, (string, int)>
    {
        ["spring"] = ("SP", 4), ["summer"] = ("SU", 7), ["autumn"] = ("FA", 10), ["fall"] = ("FA", 10), ["winter"] = ("WI", 1),
    }.ToFrozenDictionary();

    /// <summary>Parts of the day with their TIMEX3 code.</summary>
    public static readonly FrozenDictionary<string, string> PartsOfDay = new Dictionary<string, string>
    {
        ["morning"] = "MO", ["dawn"] = "MO", ["daybreak"] = "MO", ["sunrise"] = "MO", ["afternoon"] = "AF",
        ["evening"] = "EV", ["dusk"] = "EV", ["sunset"] = "EV", ["night"] = "NI", ["overnight"] = "NI", ["midday"] = "MI",
        ["lunchtime"] = "MI", ["daytime"] = "DT",
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<string, TimeUnit> Units = new Dictionary<string, TimeUnit>
    {
        ["second"] = TimeUnit.Second, ["seconds"] = TimeUnit.Second, ["minute"] = TimeUnit.Minute, ["minutes"] = TimeUnit.Minute,
        ["min"] = TimeUnit.Minute, ["mins"] = TimeUnit.Minute, ["hour"] = TimeUnit.Hour, ["hours"] = TimeUnit.Hour,
        ["hr"] = TimeUnit.Hour, ["hrs"] = TimeUnit.Hour, ["day"] = TimeUnit.Day, ["days"] = TimeUnit.Day,
        ["nights"] = TimeUnit.Night, ["week"] = TimeUnit.Week, ["weeks"] = TimeUnit.Week, ["fortnight"] = TimeUnit.Fortnight,
        ["fortnights"] = TimeUnit.Fortnight, ["month"] = TimeUnit.Month, ["months"] = TimeUnit.Month,
        ["quarter"] = TimeUnit.Quarter, ["quarters"] = TimeUnit.Quarter, ["year"] = TimeUnit.Year, ["years"] = TimeUnit.Year,
        ["yr"] = TimeUnit.Year, ["yrs"] = TimeUnit.Year, ["decade"] = TimeUnit.Decade, ["decades"] = TimeUnit.Decade,
        ["century"] = TimeUnit.Century, ["centuries"] = TimeUnit.Century,
    }.ToFrozenDictionary();

    /// <summary>"the nineties" is the decade 199(0).</summary>
    public static readonly FrozenDictionary<string, int> DecadeWords = new Dictionary<string, int>
    {
        ["twenties"] = 2, ["thirties"] = 3, ["forties"] = 4, ["fifties"] = 5, ["sixties"] = 6, ["seventies"] = 7,
        ["eighties"] = 8, ["nineties"] = 9,
    }.ToFrozenDictionary();

    /// <summary>"daily", "annual": recurrences as TIMEX3 set values.</summary>
    public static readonly FrozenDictionary<string, string> Recurrences = new Dictionary<string, string>
    {
        ["daily"] = "P1D", ["nightly"] = "P1D", ["weekly"] = "P1W", ["monthly"] = "P1M", ["quarterly"] = "P3M",
        ["annual"] = "P1Y", ["annually"] = "P1Y", ["yearly"] = "P1Y", ["hourly"] = "PT1H",
    }.ToFrozenDictionary();

    /// <summary>The TIMEX3 duration of <paramref name="count"/> units ("P2W", "PT48H"); a null count gives "X"
    /// ("PXY" for "years").</summary>
    public static string Duration(TimeUnit unit, decimal? count)
    {
        var n = count is { } c ? c.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "X";
        return unit switch
        {
            TimeUnit.Second => $"PT{n}S",
            TimeUnit.Minute => $"PT{n}M",
            TimeUnit.Hour => $"PT{n}H",
            TimeUnit.Day or TimeUnit.Night => $"P{n}D",
            TimeUnit.Week => $"P{n}W",
            TimeUnit.Fortnight => count is { } f ? $"P{f * 2:0.##}W" : "PXW",
            TimeUnit.Month => $"P{n}M",
            TimeUnit.Quarter => count is { } q ? $"P{q * 3:0.##}M" : "PXQ",
            TimeUnit.Year => $"P{n}Y",
            TimeUnit.Decade => $"P{n}DE",
            TimeUnit.Century => $"P{n}CE",
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Not a time unit."),
        };
    }
}
