using EntityKit.Dictionaries;
using EntityKit.Recognition;

namespace EntityKit.Corrections;

/// <summary>
/// Labels every occurrence of some surface forms as one type (marked <see cref="MentionSource.Correction"/>),
/// replacing the mentions each occurrence overlaps. Occurrences are found like an <see cref="EntityDictionary"/>
/// finds forms: tokens, longest match, within a sentence.
/// </summary>
public sealed class AlwaysLabelCorrection : IMentionCorrection
{
    private readonly EntityDictionary _forms;

    /// <summary>Creates the rule.</summary>
    /// <param name="forms">The surface forms.</param>
    /// <param name="type">Their type.</param>
    /// <param name="options">How forms match; null for exact matching.</param>
    public AlwaysLabelCorrection(IEnumerable<string> forms, EntityType type, DictionaryMatchOptions? options = null)
    {
        var entry = new DictionaryEntry(forms, type);
        _forms = EntityDictionary.CreateBuilder(options).Add(entry).Build();
        Type = type;
        Name = $"always '{string.Join("|", entry.Forms)}' as {type}";
    }

    /// <summary>The type given to the occurrences.</summary>
    public EntityType Type { get; }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public void Apply(in RecognitionInput input, List<RecognizedSpan> mentions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var found = new List<RecognizedSpan>();
        _forms.Recognize(input, found, cancellationToken);
        foreach (var occurrence in found)
        {
            var index = mentions.FindIndex(m => m.EndToken > occurrence.FirstToken);
            if (index < 0)
            {
                index = mentions.Count;
            }

            var overlapping = 0;
            while (index + overlapping < mentions.Count && mentions[index + overlapping].FirstToken < occurrence.EndToken)
            {
                overlapping++;
            }

            mentions.RemoveRange(index, overlapping);
            mentions.Insert(index, occurrence with { Source = MentionSource.Correction, EntryId = null });
        }
    }
}
