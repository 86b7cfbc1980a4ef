using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace EntityKit.Recognition;

/// <summary>
/// Bulk reads of a model payload held in memory: the millions of 7-bit varints and 16-bit weights of a model are
/// decoded straight from the payload's bytes instead of one virtual <see cref="BinaryReader"/> call per byte, which
/// made them a third of the model's load time. The <see cref="BinaryReader"/> is moved past what was read, so the
/// remaining parts are read as before.
/// </summary>
internal static class PayloadSpanReader
{
    /// <summary>The payload bytes from the reader's position on. Model payloads are always read from a
    /// <see cref="MemoryStream"/> whose buffer is visible (the format readers create it so).</summary>
    /// <exception cref="InvalidOperationException">The reader's stream is not such a stream.</exception>
    public static ReadOnlySpan<byte> Remaining(BinaryReader reader) =>
        reader.BaseStream is MemoryStream memory && memory.TryGetBuffer(out var buffer)
            ? buffer.AsSpan((int)memory.Position)
            : throw new InvalidOperationException("A model payload is read from a MemoryStream with a visible buffer.");

    /// <summary>Moves the reader's stream past <paramref name="count"/> bytes read through the span.</summary>
    public static void Advance(BinaryReader reader, int count) => reader.BaseStream.Position += count;

    /// <summary>Decodes one 7-bit encoded 64-bit integer (the format of <see cref="BinaryWriter.Write7BitEncodedInt64"/>)
    /// at <paramref name="position"/>, advancing it.</summary>
    /// <exception cref="EndOfStreamException">The bytes end inside the integer.</exception>
    /// <exception cref="FormatException">The integer is longer than ten bytes.</exception>
    public static ulong Read7BitEncodedUInt64(ReadOnlySpan<byte> data, ref int position)
    {
        var result = 0UL;
        for (var shift = 0; shift < 70; shift += 7)
        {
            if ((uint)position >= (uint)data.Length)
            {
                throw new EndOfStreamException();
            }

            var b = data[position++];
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }

        throw new FormatException("A 7-bit encoded integer is longer than ten bytes.");
    }

    /// <summary>Copies <paramref name="destination"/>.Length little-endian 16-bit integers from the start of
    /// <paramref name="data"/>.</summary>
    /// <exception cref="EndOfStreamException">Fewer bytes remain than the integers need.</exception>
    public static void ReadInt16s(ReadOnlySpan<byte> data, Span<short> destination)
    {
        var bytes = destination.Length * sizeof(short);
        if (data.Length < bytes)
        {
            throw new EndOfStreamException();
        }

        MemoryMarshal.Cast<byte, short>(data[..bytes]).CopyTo(destination);
        if (!BitConverter.IsLittleEndian)
        {
            BinaryPrimitives.ReverseEndianness(destination, destination);
        }
    }
}
