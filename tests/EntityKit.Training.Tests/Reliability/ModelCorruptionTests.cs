using EntityKit.Recognition;
using EntityKit.Tests.Training;

namespace EntityKit.Tests.Reliability;

/// <summary>
/// Exhaustive corruption of a small saved model: every truncation length and a flipped bit in every byte. Each must
/// fail with <see cref="ModelFormatException"/> (never an index, overflow or out-of-memory error, never a model
/// that loads and silently mislabels). The format tests in <c>Recognition/NerModelFormatTests</c> check what each
/// single fault says; these check that no position escapes.
/// </summary>
public sealed class ModelCorruptionTests
{
    private static readonly byte[] Saved = Serialize(ToyCorpus.Model);

    [Fact]
    public void Load_EveryTruncation_ThrowsModelFormatException()
    {
        var escaped = new List<string>();
        for (var length = 0; length < Saved.Length; length++)
        {
            var outcome = TryLoad(Saved[..length]);
            if (outcome is not null)
            {
                escaped.Add($"length {length}: {outcome}");
            }
        }

        Assert.True(escaped.Count == 0, $"{escaped.Count} truncations of {Saved.Length} escaped: {string.Join("; ", escaped.Take(5))}");
    }

    [Fact]
    public void Load_BitFlipInEveryByte_ThrowsModelFormatException()
    {
        var escaped = new List<string>();
        for (var position = 0; position < Saved.Length; position++)
        {
            var bytes = (byte[])Saved.Clone();
            bytes[position] ^= (byte)(1 << (position % 8));
            var outcome = TryLoad(bytes);
            if (outcome is not null)
            {
                escaped.Add($"byte {position}: {outcome}");
            }
        }

        Assert.True(escaped.Count == 0, $"{escaped.Count} bit flips of {Saved.Length} bytes escaped: {string.Join("; ", escaped.Take(5))}");
    }

    /// <summary>Null when loading failed as it should; otherwise what happened instead.</summary>
    private static string? TryLoad(byte[] bytes)
    {
        try
        {
            NerModel.Load(new MemoryStream(bytes));
            return "loaded without error";
        }
        catch (ModelFormatException)
        {
            return null;
        }
        catch (Exception exception)
        {
            return $"{exception.GetType().Name}: {exception.Message}";
        }
    }

    private static byte[] Serialize(NerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
