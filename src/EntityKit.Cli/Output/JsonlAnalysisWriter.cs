using System.Buffers;
using System.Text;
using System.Text.Json;
using EntityKit.Input;
using EntityKit.Json;

namespace EntityKit.Cli.Output;

/// <summary>
/// Writes one JSON object per line per article (the format of docs/FORMAT.md) through the library's contract,
/// <see cref="ArticleAnalysisJson"/>, with a reused <see cref="Utf8JsonWriter"/>: no reflection, no per-article writer.
/// </summary>
internal sealed class JsonlAnalysisWriter : IAnalysisWriter
{
    private readonly TextWriter _output;
    private readonly RecordContent _content;
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly Utf8JsonWriter _json;
    private char[] _chars = new char[16 * 1024];

    public JsonlAnalysisWriter(TextWriter output, RecordContent content)
    {
        _output = output;
        _content = content;
        _json = new Utf8JsonWriter(_buffer, ArticleAnalysisJson.WriterOptions);
    }

    public void Write(ArticleInputResult result)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        ArticleAnalysisJson.Write(_json, ArticleAnalysisJson.ToRecord(result.Analysis, result.Article, _content.For(result)));
        _json.Flush();

        var bytes = _buffer.WrittenSpan;
        var charCount = Encoding.UTF8.GetMaxCharCount(bytes.Length);
        if (_chars.Length < charCount)
        {
            _chars = new char[Math.Max(charCount, _chars.Length * 2)];
        }

        var written = Encoding.UTF8.GetChars(bytes, _chars);
        _output.Write(_chars, 0, written);
        _output.Write('\n');
    }
}
