using System.Collections.Immutable;

namespace EntityKit.Normalization;

/// <summary>
/// Gives the DATE, TIME and amount mentions of one article their <see cref="EntityMention.Value"/>: time
/// expressions through <see cref="TemporalResolver"/> (a clock time next to a date mention takes its date:
/// "12.15am on Wednesday" written as a TIME and a DATE mention gives 2024-01-24T00:15), amounts through
/// <see cref="AmountResolver"/>. Other mentions are returned unchanged.
/// </summary>
/// <remarks>Stateless and thread-safe; reads only the mentions' own text and the few characters between a TIME and
/// its neighbouring DATE, never the whole article.</remarks>
public static class MentionValueResolver
{
    /// <summary>The longest gap between a clock time and the date it is joined to ("12.15am on Wednesday").</summary>
    private const int MaxJoinGap = 6;

    /// <summary>Returns the mentions with their values set.</summary>
    /// <param name="text">The article text the mentions point into.</param>
    /// <param name="mentions">The article's mentions, in text order.</param>
    /// <param name="reference">The date relative time expressions resolve against (the publication date), or null
    /// to resolve only absolute ones.</param>
    public static ImmutableArray<EntityMention> Resolve(string text, ImmutableArray<EntityMention> mentions, DateOnly? reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (mentions.IsDefaultOrEmpty)
        {
            return mentions.IsDefault ? [] : mentions;
        }

        ImmutableArray<EntityMention>.Builder? builder = null;
        var scratch = new List<ValueToken>(8);
        for (var i = 0; i < mentions.Length; i++)
        {
            var mention = mentions[i];
            var value = ValueOf(mention, reference, scratch);
            if (value is null)
            {
                continue;
            }

            builder ??= mentions.ToBuilder();
            builder[i] = mention with { Value = value };
        }

        if (builder is null)
        {
            return mentions;
        }

        JoinClockTimesToDates(text, builder);
        return builder.MoveToImmutable();
    }

    /// <summary>The value of one mention by its type; null for types without values.</summary>
    public static MentionValue? ValueOf(EntityMention mention, DateOnly? reference) => ValueOf(mention, reference, new List<ValueToken>(8));

    private static MentionValue? ValueOf(in EntityMention mention, DateOnly? reference, List<ValueToken> scratch)
    {
        var type = mention.Type;
        if (type == EntityType.Date || type == EntityType.Time)
        {
            return TemporalResolver.Resolve(mention.Text, reference, scratch);
        }

        return type == EntityType.Money || type == EntityType.Percent || type == EntityType.Quantity
            || type == EntityType.Cardinal || type == EntityType.Ordinal
            ? AmountResolver.Resolve(mention.Text, type, scratch)
            : null;
    }

    /// <summary>A time of day ("T00:15") directly before or after a resolved calendar date takes that date.</summary>
    private static void JoinClockTimesToDates(string text, ImmutableArray<EntityMention>.Builder mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Value is not { Kind: MentionValueKind.Time, Timex: ['T', ..] clock })
            {
                continue;
            }

            var date = DateNextTo(text, mentions, i, i + 1) ?? DateNextTo(text, mentions, i, i - 1);
            if (date is not null)
            {
                mentions[i] = mentions[i] with { Value = mentions[i].Value! with { Timex = date + clock } };
            }
        }
    }

    private static string? DateNextTo(string text, ImmutableArray<EntityMention>.Builder mentions, int time, int other)
    {
        if (other < 0 || other >= mentions.Count || mentions[other].Value is not { Kind: MentionValueKind.Date, Timex: { } timex }
            || !IsCalendarDay(timex))
        {
            return null;
        }

        var (left, right) = other > time ? (mentions[time], mentions[other]) : (mentions[other], mentions[time]);
        var gapStart = left.End;
        var gapLength = right.Start - gapStart;
        if (gapLength < 0 || gapLength > MaxJoinGap)
        {
            return null;
        }

        var gap = text.AsSpan(gapStart, gapLength).Trim();
        return gap.IsEmpty || gap is "on" or "," or "on," ? timex : null;
    }

    /// <summary>True for a full ISO date such as 2024-01-24.</summary>
    private static bool IsCalendarDay(string timex) =>
        timex.Length == 10 && timex[4] == '-' && timex[7] == '-' && char.IsAsciiDigit(timex[0]) && char.IsAsciiDigit(timex[9]);
}
