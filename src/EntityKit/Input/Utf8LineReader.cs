using System.Buffers;

namespace EntityKit.Input;

/// <summary>
/// Reads a byte stream line by line without decoding it, so that each line can be validated as UTF-8 on its own.
/// Lines end at <c>\n</c>; a <c>\r</c> before it and a UTF-8 byte-order mark at the start of the stream are removed.
/// The returned memory is valid until the next call; the buffer grows to fit the longest line and is pooled.
/// </summary>
internal sealed class Utf8LineReader : IDisposable
{
    private const int InitialBufferSize = 64 * 1024;
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private readonly Stream _stream;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
    private int _start;
    private int _end;
    private bool _endOfStream;
    private bool _atStreamStart = true;

    public Utf8LineReader(Stream stream) => _stream = stream;

    /// <summary>The 1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Reads the next line.</summary>
    /// <param name="line">The line's bytes without its terminator.</param>
    /// <returns>False at the end of the stream.</returns>
    public bool TryReadLine(out ReadOnlyMemory<byte> line)
    {
        var scanned = 0; // bytes after _start already known to hold no '\n'
        while (true)
        {
            if (_atStreamStart && (_end - _start >= Utf8Bom.Length || _endOfStream))
            {
                SkipByteOrderMark();
            }

            if (!_atStreamStart)
            {
                var newline = _buffer.AsSpan(_start + scanned, _end - _start - scanned).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    var lineEnd = _start + scanned + newline;
                    line = Take(lineEnd, lineEnd + 1);
                    return true;
                }

                scanned = _end - _start;
            }

            if (_endOfStream)
            {
                if (_start == _end)
                {
                    line = default;
                    return false;
                }

                line = Take(_end, _end);
                return true;
            }

            Fill();
        }
    }

    private ReadOnlyMemory<byte> Take(int lineEnd, int next)
    {
        var end = lineEnd;
        if (end > _start && _buffer[end - 1] == (byte)'\r')
        {
            end--;
        }

        var line = new ReadOnlyMemory<byte>(_buffer, _start, end - _start);
        _start = next;
        LineNumber++;
        return line;
    }

    private void SkipByteOrderMark()
    {
        if (!_atStreamStart)
        {
            return;
        }

        _atStreamStart = false;
        if (_buffer.AsSpan(_start, _end - _start).StartsWith(Utf8Bom))
        {
            _start += Utf8Bom.Length;
        }
    }

    /// <summary>Reads more bytes, first moving the unread part to the front or growing the buffer.</summary>
    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(checked(_buffer.Length * 2));
            _buffer.AsSpan(0, _end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _endOfStream = true;
        }

        _end += read;
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
