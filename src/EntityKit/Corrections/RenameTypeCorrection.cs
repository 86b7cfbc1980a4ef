using EntityKit.Recognition;

namespace EntityKit.Corrections;

/// <summary>Retypes every mention of one type as another (marked <see cref="MentionSource.Correction"/>).</summary>
/// <param name="from">The type to rename.</param>
/// <param name="to">The new type.</param>
public sealed class RenameTypeCorrection(EntityType from, EntityType to) : IMentionCorrection
{
    /// <summary>The type renamed.</summary>
    public EntityType From { get; } = from.IsDefault ? throw new ArgumentException("A type is required.", nameof(from)) : from;

    /// <summary>The new type.</summary>
    public EntityType To { get; } = to.IsDefault ? throw new ArgumentException("A type is required.", nameof(to)) : to;

    /// <inheritdoc/>
    public string Name => $"rename {From} to {To}";

    /// <inheritdoc/>
    public void Apply(in RecognitionInput input, List<RecognizedSpan> mentions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Type == From)
            {
                mentions[i] = mentions[i] with { Type = To, Source = MentionSource.Correction };
            }
        }
    }
}
