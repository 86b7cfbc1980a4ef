using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace EntityKit.Recognition;

/// <summary>
/// The versioned binary format of <see cref="NerModel"/>. Header (little-endian): 8-byte magic <c>EKNERMDL</c>,
/// uint32 format version, uint32 compression (1 = Brotli), int64 payload length before compression, int64 payload
/// length after compression, 32-byte SHA-256 of the compressed payload; then the compressed payload: feature-template
/// version, hash seed, entity types, quantisation scale, confidence calibration (version 1: a temperature; version 2:
/// Platt slope and bias), description, lexicon, transition
/// matrix, and the sparse emission weights (ascending keys, delta-encoded). Reading validates every part.
/// </summary>
internal static class NerModelFormat
{
    public const int CurrentVersion = 2;
    public const int HeaderSize = 8 + 4 + 4 + 8 + 8 + 32;
    private const int BrotliCompression = 1;
    private const long MaxPayloadBytes = 1L << 30;
    private static ReadOnlySpan<byte> Magic => "EKNERMDL"u8;

    public static void Write(NerModel model, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var payload = WritePayload(model);
        byte[] compressed;
        using (var buffer = new MemoryStream())
        {
            using (var brotli = new BrotliStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            {
                brotli.Write(payload);
            }

            compressed = buffer.ToArray();
        }

        Span<byte> header = stackalloc byte[HeaderSize];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header[8..], CurrentVersion);
        BinaryPrimitives.WriteUInt32LittleEndian(header[12..], BrotliCompression);
        BinaryPrimitives.WriteInt64LittleEndian(header[16..], payload.Length);
        BinaryPrimitives.WriteInt64LittleEndian(header[24..], compressed.Length);
        SHA256.HashData(compressed, header[32..]);
        stream.Write(header);
        stream.Write(compressed);
    }

    public static NerModel Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var header = new byte[HeaderSize];
        var headerRead = stream.ReadAtLeast(header, HeaderSize, throwOnEndOfStream: false);
        if (headerRead >= Magic.Length && !header.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new ModelFormatException(
                $"Not an EntityKit NER model: wrong magic number (expected 'EKNERMDL', found '{Printable(header.AsSpan(0, Magic.Length))}').");
        }

        if (headerRead < HeaderSize)
        {
            throw new ModelFormatException(
                $"The model is truncated: its header needs {HeaderSize} bytes but only {headerRead} are present.");
        }

        var version = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(8));
        if (version > CurrentVersion)
        {
            throw new ModelFormatException(
                $"The model has format version {version}, newer than this library can read (up to {CurrentVersion}): update EntityKit.");
        }

        if (version == 0)
        {
            throw new ModelFormatException("The model has format version 0, which does not exist.");
        }

        var compression = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(12));
        if (compression != BrotliCompression)
        {
            throw new ModelFormatException($"The model uses unknown compression {compression} (only 1, Brotli, is defined).");
        }

        var payloadLength = BinaryPrimitives.ReadInt64LittleEndian(header.AsSpan(16));
        var compressedLength = BinaryPrimitives.ReadInt64LittleEndian(header.AsSpan(24));
        if (payloadLength <= 0 || payloadLength > MaxPayloadBytes || compressedLength <= 0 || compressedLength > MaxPayloadBytes)
        {
            throw new ModelFormatException(
                $"The model header declares impossible sizes (payload {payloadLength} bytes, compressed {compressedLength} bytes).");
        }

        var compressed = new byte[compressedLength];
        var read = stream.ReadAtLeast(compressed, compressed.Length, throwOnEndOfStream: false);
        if (read < compressedLength)
        {
            throw new ModelFormatException(
                $"The model is truncated: the header declares {compressedLength} bytes of compressed payload but only {read} are present.");
        }

        if (stream.ReadByte() >= 0)
        {
            throw new ModelFormatException($"The model has unexpected bytes after its {compressedLength}-byte payload.");
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(compressed, hash);
        if (!hash.SequenceEqual(header.AsSpan(32, 32)))
        {
            throw new ModelFormatException(
                $"The model is corrupt: SHA-256 checksum mismatch (header {Convert.ToHexStringLower(header.AsSpan(32, 32))}, payload {Convert.ToHexStringLower(hash)}).");
        }

        var payload = new byte[payloadLength];
        try
        {
            using var brotli = new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
            var got = brotli.ReadAtLeast(payload, payload.Length, throwOnEndOfStream: false);
            if (got != payloadLength || brotli.ReadByte() >= 0)
            {
                throw new ModelFormatException(
                    $"The model is corrupt: its payload decompresses to a size other than the declared {payloadLength} bytes.");
            }
        }
        catch (InvalidDataException exception)
        {
            throw new ModelFormatException("The model is corrupt: its payload is not valid Brotli data.", exception);
        }

        return ReadPayload(payload, version);
    }

    private static byte[] WritePayload(NerModel model)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(FeatureExtractor.TemplateVersion);
            writer.Write(model.Extractor.Seed);
            writer.Write((int)model.Extractor.Options);
            writer.Write(model.Labels.Types.Length);
            foreach (var type in model.Labels.Types)
            {
                writer.Write(type.Name);
            }

            writer.Write(model.Scale);
            writer.Write(model.Confidence.Slope);
            writer.Write(model.Confidence.Bias);
            writer.Write(model.Description);
            LexiconFormat.Write(model.Extractor.Lexicon, writer);
            foreach (var value in model.Transitions)
            {
                writer.Write(value);
            }

            var table = model.Emissions;
            writer.Write(table.Keys.Length);
            writer.Write(table.EntryWeights.Length);
            var previous = 0UL;
            for (var r = 0; r < table.Keys.Length; r++)
            {
                writer.Write7BitEncodedInt64((long)(table.Keys[r] - previous));
                previous = table.Keys[r];
                writer.Write((byte)(table.RowStarts[r + 1] - table.RowStarts[r]));
            }

            writer.Write(table.EntryLabels);
            foreach (var weight in table.EntryWeights)
            {
                writer.Write(weight);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Version 1 stored a temperature T (confidence = logistic(margin / T)); version 2 stores Platt's slope and bias.</summary>
    private static ConfidenceModel ReadConfidence(BinaryReader reader, uint version)
    {
        if (version >= 2)
        {
            return new ConfidenceModel(reader.ReadSingle(), reader.ReadSingle());
        }

        var temperature = reader.ReadSingle();
        return temperature > 0 ? new ConfidenceModel(1f / temperature, 0f) : new ConfidenceModel(float.NaN, 0f);
    }

    private static NerModel ReadPayload(byte[] payload, uint version)
    {
        using var reader = new BinaryReader(new MemoryStream(payload, 0, payload.Length, writable: false, publiclyVisible: true), Encoding.UTF8);
        try
        {
            var templateVersion = reader.ReadInt32();
            if (templateVersion != FeatureExtractor.TemplateVersion)
            {
                throw new ModelFormatException(
                    $"The model uses feature templates version {templateVersion}, but this library computes version {FeatureExtractor.TemplateVersion}.");
            }

            var seed = reader.ReadUInt64();
            var options = (FeatureOptions)reader.ReadInt32();
            if (RetiredFeatureGroups.Describe(options) is { } retired)
            {
                throw new ModelFormatException(
                    $"The model uses a feature group this version of EntityKit no longer computes: {retired}. Retrain the model without it.");
            }

            if ((options & ~FeatureExtractor.SupportedOptions) != 0)
            {
                throw new ModelFormatException($"The model uses unknown feature options 0x{(int)options:X}.");
            }

            var typeCount = reader.ReadInt32();
            if (typeCount is < 1 or > 63)
            {
                throw new ModelFormatException($"The model declares {typeCount} entity types (1 to 63 are allowed).");
            }

            var types = new List<EntityType>(typeCount);
            for (var i = 0; i < typeCount; i++)
            {
                var name = reader.ReadString();
                if (!EntityType.TryParse(name, out var type) || types.Contains(type))
                {
                    throw new ModelFormatException($"The model's entity type #{i} ('{name}') is invalid or repeated.");
                }

                types.Add(type);
            }

            var labels = new BilouLabelSet(types);
            var scale = reader.ReadSingle();
            var confidence = ReadConfidence(reader, version);
            if (!float.IsFinite(scale) || scale <= 0 || !confidence.IsValid)
            {
                throw new ModelFormatException(
                    $"The model's scale ({scale}) is not a positive number or its confidence calibration ({confidence.Slope}, {confidence.Bias}) is not finite.");
            }

            var description = reader.ReadString();
            var lexicon = LexiconFormat.Read(reader);
            var transitions = new int[labels.Count * labels.Count];
            for (var i = 0; i < transitions.Length; i++)
            {
                transitions[i] = reader.ReadInt32();
            }

            var keyCount = reader.ReadInt32();
            var entryCount = reader.ReadInt32();
            if (keyCount < 0 || entryCount < 0 || keyCount > payload.Length || entryCount > payload.Length)
            {
                throw new ModelFormatException($"The model declares impossible weight counts ({keyCount} features, {entryCount} weights).");
            }

            var keys = new ulong[keyCount];
            var rowStarts = new int[keyCount + 1];
            ReadKeysAndRows(reader, keys, rowStarts);

            if (rowStarts[keyCount] != entryCount)
            {
                throw new ModelFormatException(
                    $"The model's weight rows add up to {rowStarts[keyCount]} weights but {entryCount} are declared.");
            }

            var entryLabels = reader.ReadBytes(entryCount);
            if (entryLabels.Length != entryCount)
            {
                throw new EndOfStreamException();
            }

            foreach (var label in entryLabels)
            {
                if (label >= labels.Count)
                {
                    throw new ModelFormatException($"The model has a weight for label {label}, but only {labels.Count} labels exist.");
                }
            }

            var weights = new short[entryCount];
            PayloadSpanReader.ReadInt16s(PayloadSpanReader.Remaining(reader), weights);
            PayloadSpanReader.Advance(reader, entryCount * sizeof(short));

            if (reader.BaseStream.Position != payload.Length)
            {
                throw new ModelFormatException(
                    $"The model's payload has {payload.Length - reader.BaseStream.Position} unexpected bytes after the weights.");
            }

            return new NerModel(
                labels,
                new FeatureExtractor(seed, options, typeCount, lexicon),
                new SparseEmissionTable(keys, rowStarts, entryLabels, weights),
                transitions,
                scale,
                confidence,
                description);
        }
        catch (EndOfStreamException exception)
        {
            throw new ModelFormatException("The model's payload ends before all its parts were read.", exception);
        }
        catch (FormatException exception)
        {
            throw new ModelFormatException($"The model's payload is malformed: {exception.Message}", exception);
        }
    }

    private static void ReadKeysAndRows(BinaryReader reader, ulong[] keys, int[] rowStarts)
    {
        var data = PayloadSpanReader.Remaining(reader);
        var position = 0;
        var previous = 0UL;
        for (var r = 0; r < keys.Length; r++)
        {
            var delta = PayloadSpanReader.Read7BitEncodedUInt64(data, ref position);
            if (r > 0 && delta == 0)
            {
                throw new ModelFormatException($"The model's feature keys are not strictly ascending (feature #{r}).");
            }

            keys[r] = previous + delta;
            previous = keys[r];
            if ((uint)position >= (uint)data.Length)
            {
                throw new EndOfStreamException();
            }

            rowStarts[r + 1] = rowStarts[r] + data[position++];
        }

        PayloadSpanReader.Advance(reader, position);
    }

    private static string Printable(ReadOnlySpan<byte> bytes)
    {
        var builder = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            builder.Append(b is >= 32 and < 127 ? (char)b : '?');
        }

        return builder.ToString();
    }
}
