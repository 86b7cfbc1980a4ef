using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace EntityKit.Cli.Output;

/// <summary>
/// Writes one JSON object per line per article (the format of docs/FORMAT.md) with a reused
/// <see cref="Utf8JsonWriter"/>: no reflection, no per-article writer.
/// </summary>
internal sealed class JsonlAnalysisWriter : IAnalysisWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private readonly TextWriter _output;
    private readonly bool _includeTokens;
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly Utf8JsonWriter _json;
    private char[] _chars = new char[16 * 1024];

    public JsonlAnalysisWriter(TextWriter output, bool includeTokens)
    {
        _output = output;
        _includeTokens = includeTokens;
        _json = new Utf8JsonWriter(_buffer, WriterOptions);
    }

    public void Write(ArticleAnalysis analysis)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        WriteRecord(analysis);
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

    /// <summary>Writes <c>{"start":…,"end":…}</c>: the shape of sentences and tokens.</summary>
    private void WriteRange(int start, int end)
    {
        _json.WriteStartObject();
        _json.WriteNumber("start"u8, start);
        _json.WriteNumber("end"u8, end);
        _json.WriteEndObject();
    }

    /// <summary>Writes <c>"value":{"kind":"date","timex":"2023-10","mod":"START"}</c> or
    /// <c>"value":{"kind":"money","number":3000,"max":5000,"unit":"GBP"}</c>: only the fields the value has.</summary>
    private void WriteValue(MentionValue value)
    {
        var json = _json;
        json.WriteStartObject("value"u8);
        json.WriteString("kind"u8, value.Kind.ToString().ToLowerInvariant());
        if (value.Timex is { } timex)
        {
            json.WriteString("timex"u8, timex);
        }

        if (value.Number is { } number)
        {
            json.WriteNumber("number"u8, number);
        }

        if (value.Maximum is { } maximum)
        {
            json.WriteNumber("max"u8, maximum);
        }

        if (value.Unit is { } unit)
        {
            json.WriteString("unit"u8, unit);
        }

        if (value.Modifier is { } modifier)
        {
            json.WriteString("mod"u8, modifier);
        }

        json.WriteEndObject();
    }

    /// <summary>Writes <c>"links":[{"source":"geonames","id":"4314550","name":"Alexandria","lat":31.31129,
    /// "lon":-92.44514,"country":"US","fclass":"P","fcode":"PPLA2","population":47889,"score":9.3}]</c>.</summary>
    private void WriteLinks(System.Collections.Immutable.ImmutableArray<EntityLink> links)
    {
        var json = _json;
        json.WriteStartArray("links"u8);
        foreach (var link in links)
        {
            json.WriteStartObject();
            json.WriteString("source"u8, link.Source);
            json.WriteString("id"u8, link.Id);
            if (link.Name is { } name)
            {
                json.WriteString("name"u8, name);
            }

            if (link.Latitude is { } latitude && link.Longitude is { } longitude)
            {
                json.WriteNumber("lat"u8, latitude);
                json.WriteNumber("lon"u8, longitude);
            }

            if (link.CountryCode is { } country)
            {
                json.WriteString("country"u8, country);
            }

            if (link.FeatureClass is { } featureClass)
            {
                json.WriteString("fclass"u8, featureClass);
            }

            if (link.FeatureCode is { } featureCode)
            {
                json.WriteString("fcode"u8, featureCode);
            }

            if (link.Population is { } population)
            {
                json.WriteNumber("population"u8, population);
            }

            json.WriteNumber("score"u8, link.Score);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private void WriteRecord(ArticleAnalysis analysis)
    {
        var json = _json;
        json.WriteStartObject();
        json.WriteString("id"u8, analysis.Id);

        json.WriteStartArray("sentences"u8);
        foreach (var sentence in analysis.Sentences)
        {
            WriteRange(sentence.Start, sentence.End);
        }

        json.WriteEndArray();

        json.WriteStartArray("mentions"u8);
        foreach (var mention in analysis.Mentions)
        {
            json.WriteStartObject();
            json.WriteNumber("start"u8, mention.Start);
            json.WriteNumber("end"u8, mention.End);
            json.WriteString("text"u8, mention.Text);
            json.WriteString("type"u8, mention.Type.Name);
            json.WriteNumber("confidence"u8, Math.Round(mention.Confidence, 4));
            if (mention.EntryId is { } entryId)
            {
                json.WriteString("id"u8, entryId);
            }

            if (mention.Value is { } value)
            {
                WriteValue(value);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("entities"u8);
        foreach (var entity in analysis.Entities)
        {
            json.WriteStartObject();
            json.WriteString("name"u8, entity.Name);
            json.WriteString("type"u8, entity.Type.Name);
            json.WriteStartArray("aliases"u8);
            foreach (var alias in entity.Aliases)
            {
                json.WriteStringValue(alias);
            }

            json.WriteEndArray();
            json.WriteNumber("mentions"u8, entity.MentionCount);
            json.WriteNumber("salience"u8, Math.Round(entity.Salience, 4));
            json.WriteNumber("first"u8, entity.FirstOffset);
            if (!entity.Roles.IsEmpty)
            {
                json.WriteStartArray("roles"u8);
                foreach (var role in entity.Roles)
                {
                    json.WriteStringValue(role);
                }

                json.WriteEndArray();
            }

            if (!entity.Links.IsEmpty)
            {
                WriteLinks(entity.Links);
            }

            json.WriteStartArray("mentionIndexes"u8);
            foreach (var index in entity.MentionIndexes)
            {
                json.WriteNumberValue(index);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        if (_includeTokens)
        {
            json.WriteStartArray("tokens"u8);
            foreach (var token in analysis.Tokens)
            {
                WriteRange(token.Start, token.End);
            }

            json.WriteEndArray();
        }

        if (analysis.Error is { } error)
        {
            json.WriteString("error"u8, error.Message);
        }
        else
        {
            json.WriteNull("error"u8);
        }

        json.WriteEndObject();
    }
}
