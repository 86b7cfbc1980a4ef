using EntityKit.Recognition;

namespace EntityKit.Corrections;

/// <summary>Removes every mention of one type.</summary>
/// <param name="type">The type to drop.</param>
public sealed class DropTypeCorrection(EntityType type) : IMentionCorrection
{
    /// <summary>The type dropped.</summary>
    public EntityType Type { get; } = type.IsDefault ? throw new ArgumentException("A type is required.", nameof(type)) : type;

    /// <inheritdoc/>
    public string Name => $"drop {Type}";

    /// <inheritdoc/>
    public void Apply(in RecognitionInput input, List<RecognizedSpan> mentions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var dropped = Type;
        mentions.RemoveAll(mention => mention.Type == dropped);
    }
}
