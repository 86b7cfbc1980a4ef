using EntityKit.Recognition;

namespace EntityKit.Corrections;

/// <summary>Removes the mentions whose whole text is a given surface form (of one type, or of any type).</summary>
public sealed class NeverLabelCorrection : IMentionCorrection
{
    private readonly StringComparison _comparison;

    /// <summary>Creates the rule.</summary>
    /// <param name="form">The surface form; whitespace runs count as one space, in the form and in the text.</param>
    /// <param name="type">Only remove mentions of this type; null for any type.</param>
    /// <param name="ignoreCase">Compare regardless of case.</param>
    public NeverLabelCorrection(string form, EntityType? type = null, bool ignoreCase = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(form);
        Form = string.Join(' ', form.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Type = type is { IsDefault: true } ? null : type;
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
    }

    /// <summary>The surface form.</summary>
    public string Form { get; }

    /// <summary>The type of the mentions removed, or null for any type.</summary>
    public EntityType? Type { get; }

    /// <inheritdoc/>
    public string Name => Type is { } type ? $"never '{Form}' as {type}" : $"never '{Form}'";

    /// <inheritdoc/>
    public void Apply(in RecognitionInput input, List<RecognizedSpan> mentions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var kept = 0;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if ((Type is { } type && mention.Type != type) || !HasForm(input, mention))
            {
                mentions[kept++] = mention;
            }
        }

        mentions.RemoveRange(kept, mentions.Count - kept);
    }

    /// <summary>Compares the mention's tokens, joined by one space where the text has whitespace, with the form, without allocating.</summary>
    private bool HasForm(in RecognitionInput input, RecognizedSpan mention)
    {
        var form = Form.AsSpan();
        var position = 0;
        for (var i = mention.FirstToken; i < mention.EndToken; i++)
        {
            var token = input.Tokens[i];
            if (i > mention.FirstToken && token.HasSpaceBefore)
            {
                if (position >= form.Length || form[position] != ' ')
                {
                    return false;
                }

                position++;
            }

            var text = token.GetText(input.Text);
            if (position + text.Length > form.Length || !form.Slice(position, text.Length).Equals(text, _comparison))
            {
                return false;
            }

            position += text.Length;
        }

        return position == form.Length;
    }
}
