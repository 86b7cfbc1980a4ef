using System.Reflection;
using System.Security.Cryptography;
using EntityKit.Recognition;

namespace EntityKit.Models.English;

/// <summary>
/// The trained English named-entity model embedded in this package (18 OntoNotes types). <see cref="Default"/> is
/// loaded once, lazily, on first use; <see cref="Load"/> reads a fresh copy.
/// </summary>
/// <remarks>Thread-safe. The model itself is immutable and can be shared by any number of analyzers.</remarks>
public static class EnglishModel
{
    internal const string ModelResourceName = "EntityKit.Models.English.english-ner.ekm";
    internal const string ManifestResourceName = "EntityKit.Models.English.english-ner.manifest.json";

    /// <summary>The embedded model, loaded on first access and then shared.</summary>
    /// <exception cref="ModelFormatException">The embedded model is damaged (it fails its manifest checksum or format checks).</exception>
    public static NerModel Default
    {
        get
        {
            try
            {
                return Holder.Model;
            }
            catch (TypeInitializationException exception) when (exception.InnerException is ModelFormatException inner)
            {
                throw new ModelFormatException(inner.Message, exception);
            }
        }
    }

    /// <summary>The embedded model's manifest: version, label set, size and SHA-256.</summary>
    public static EnglishModelManifest Manifest => ManifestHolder.Manifest;

    /// <summary>Reads a fresh copy of the embedded model, checking it against its manifest.</summary>
    /// <exception cref="ModelFormatException">The embedded model is damaged.</exception>
    public static NerModel Load()
    {
        var manifest = ReadManifest();
        // The embedded resource is already in memory (mapped with the assembly, or inside the native executable):
        // hash it and read the model straight from it rather than copying 13 MB into an array first.
        using var stream = OpenResource(ModelResourceName);
        if (stream.Length != manifest.Bytes)
        {
            throw new ModelFormatException(
                $"The embedded English model has {stream.Length} bytes but its manifest says {manifest.Bytes}.");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        if (!string.Equals(hash, manifest.Sha256, StringComparison.Ordinal))
        {
            throw new ModelFormatException(
                $"The embedded English model's SHA-256 is {hash} but its manifest says {manifest.Sha256}.");
        }

        stream.Position = 0;
        var model = NerModel.Load(stream);
        var types = string.Join(",", model.Types.Select(t => t.Name));
        if (!string.Equals(types, string.Join(",", manifest.Types), StringComparison.Ordinal))
        {
            throw new ModelFormatException(
                $"The embedded English model recognizes [{types}] but its manifest lists [{string.Join(",", manifest.Types)}].");
        }

        return model;
    }

    internal static EnglishModelManifest ReadManifest() =>
        EnglishModelManifest.Parse(ReadResource(ManifestResourceName));

    private static byte[] ReadResource(string name)
    {
        using var stream = OpenResource(name);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>Opens an embedded resource: a seekable stream over the assembly's (or executable's) mapped image.</summary>
    private static Stream OpenResource(string name) =>
        typeof(EnglishModel).Assembly.GetManifestResourceStream(name)
            ?? throw new ModelFormatException($"The resource '{name}' is missing from {typeof(EnglishModel).Assembly.GetName().Name}.");

    /// <summary>Loads on first use of the nested type, so the model is read only when needed (and only once).</summary>
    private static class Holder
    {
        internal static readonly NerModel Model = Load();
    }

    /// <summary>The manifest, read on first use independently of the model.</summary>
    private static class ManifestHolder
    {
        internal static readonly EnglishModelManifest Manifest = ReadManifest();
    }
}
