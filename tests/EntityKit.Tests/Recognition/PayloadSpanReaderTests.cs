using EntityKit.Recognition;
using Xunit;

namespace EntityKit.Tests.Recognition;

public sealed class PayloadSpanReaderTests
{
    [Theory]
    [InlineData(0UL)]
    [InlineData(127UL)]
    [InlineData(128UL)]
    [InlineData(300UL)]
    [InlineData(0x0123_4567_89AB_CDEFUL)]
    [InlineData(ulong.MaxValue)]
    public void Read7BitEncodedUInt64_WhatBinaryWriterWrote_ReadsTheSameValueAndLength(ulong value)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write7BitEncodedInt64((long)value);
        }

        var position = 0;
        var read = PayloadSpanReader.Read7BitEncodedUInt64(stream.ToArray(), ref position);

        Assert.Equal((value, (int)stream.Length), (read, position));
    }

    [Fact]
    public void Read7BitEncodedUInt64_BytesEndInsideTheInteger_ThrowsEndOfStream()
    {
        var position = 0;

        Assert.Throws<EndOfStreamException>(() => PayloadSpanReader.Read7BitEncodedUInt64([0x80, 0x80], ref position));
    }

    [Fact]
    public void Read7BitEncodedUInt64_ElevenContinuationBytes_ThrowsFormat()
    {
        var position = 0;
        var bytes = Enumerable.Repeat((byte)0xFF, 11).ToArray();

        Assert.Throws<FormatException>(() => PayloadSpanReader.Read7BitEncodedUInt64(bytes, ref position));
    }

    [Fact]
    public void ReadInt16s_LittleEndianBytes_ReadsWhatBinaryReaderReads()
    {
        byte[] bytes = [0x01, 0x00, 0xFF, 0xFF, 0x34, 0x12];
        var values = new short[3];

        PayloadSpanReader.ReadInt16s(bytes, values);

        Assert.Equal(new short[] { 1, -1, 0x1234 }, values);
        Assert.Throws<EndOfStreamException>(() => PayloadSpanReader.ReadInt16s(bytes.AsSpan(0, 5), new short[3]));
    }
}
