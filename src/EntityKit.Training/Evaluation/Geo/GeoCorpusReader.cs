using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace EntityKit.Evaluation.Geo;

/// <summary>A gold toponym: a character span of a document with the coordinates it refers to.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Name">The toponym as written.</param>
/// <param name="Latitude">Gold latitude in degrees.</param>
/// <param name="Longitude">Gold longitude in degrees.</param>
public readonly record struct GoldToponym(int Start, int End, string Name, double Latitude, double Longitude);

/// <summary>A document of a geoparsing corpus with its gold toponyms.</summary>
/// <param name="Article">The article (text, and the URL and download time when the corpus gives them).</param>
/// <param name="Toponyms">The gold toponyms that have coordinates.</param>
public sealed record GeoDocument(Article Article, ImmutableArray<GoldToponym> Toponyms);

/// <summary>
/// Reads the XML geoparsing corpora of Gritta et al.: LGL (<c>article/text</c>, <c>toponyms/toponym</c> with
/// <c>start</c>, <c>end</c>, <c>phrase</c> and <c>gaztag/lat,lon</c>) and GeoVirus (<c>article/text</c>,
/// <c>locations/location</c> with <c>start</c>, <c>end</c>, <c>name</c>, <c>lat</c>, <c>lon</c>). Toponyms without
/// coordinates are left out (and counted in <see cref="SkippedToponyms"/>).
/// </summary>
public sealed class GeoCorpusReader
{
    /// <summary>Gold toponyms left out because they have no coordinates or their span lies outside the text.</summary>
    public int SkippedToponyms { get; private set; }

    /// <summary>Reads every document of a corpus file.</summary>
    /// <param name="path">The corpus (<c>lgl.xml</c> or <c>GeoVirus.xml</c>).</param>
    /// <exception cref="GeoCorpusFormatException">The file is not well-formed XML of either layout; the message
    /// names the file and line.</exception>
    public IReadOnlyList<GeoDocument> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        XDocument document;
        try
        {
            document = XDocument.Load(path, LoadOptions.SetLineInfo);
        }
        catch (XmlException exception)
        {
            throw new GeoCorpusFormatException($"{path}:{exception.LineNumber}: not well-formed XML: {exception.Message}", exception);
        }

        var documents = new List<GeoDocument>();
        var position = 0;
        foreach (var article in document.Root?.Elements("article") ?? [])
        {
            position++;
            var text = (string?)article.Element("text") ?? throw Error(path, article, "an <article> without <text>");
            var id = (string?)article.Attribute("docid") ?? (string?)article.Element("source") ?? $"#{position}";
            var toponyms = ReadToponyms(path, article, text.Length);
            documents.Add(new GeoDocument(new Article(id, text) { Title = (string?)article.Element("title"), Url = (string?)article.Element("url") }, toponyms));
        }

        return documents;
    }

    private ImmutableArray<GoldToponym> ReadToponyms(string path, XElement article, int textLength)
    {
        var builder = ImmutableArray.CreateBuilder<GoldToponym>();
        var elements = article.Element("toponyms")?.Elements("toponym") ?? article.Element("locations")?.Elements("location") ?? [];
        foreach (var element in elements)
        {
            var start = Int(path, element, "start");
            var end = Int(path, element, "end");
            var coordinates = element.Element("gaztag") ?? element;
            var latitude = (string?)coordinates.Element("lat");
            var longitude = (string?)coordinates.Element("lon");
            if (latitude is null || longitude is null || start < 0 || end > textLength || end <= start)
            {
                SkippedToponyms++;
                continue;
            }

            var name = (string?)element.Element("phrase") ?? (string?)element.Element("name") ?? string.Empty;
            builder.Add(new GoldToponym(start, end, name, Double(path, coordinates, latitude), Double(path, coordinates, longitude)));
        }

        return builder.ToImmutable();
    }

    private static int Int(string path, XElement element, string name) =>
        int.TryParse((string?)element.Element(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(path, element, $"<{element.Name}> without an integer <{name}>");

    private static double Double(string path, XElement element, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(path, element, $"the coordinate '{text}' is not a number");

    private static GeoCorpusFormatException Error(string path, XElement element, string what) =>
        new($"{path}:{((IXmlLineInfo)element).LineNumber}: {what}.");
}

/// <summary>A geoparsing corpus file is not in the expected layout; the message names the file and line.</summary>
public sealed class GeoCorpusFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GeoCorpusFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong, and where.</param>
    public GeoCorpusFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong, and where.</param>
    /// <param name="innerException">The cause.</param>
    public GeoCorpusFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
