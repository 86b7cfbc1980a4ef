using EntityKit.Cli.Tests.TestSupport;

namespace EntityKit.Cli.Tests.Commands;

/// <summary><c>entitykit eval-geo</c> on tiny corpora of our own in the LGL and GeoVirus layouts.</summary>
public sealed class EvalGeoCommandTests : IDisposable
{
    private const string LglLayout = """
        <?xml version="1.0" encoding="utf-8"?>
        <articles>
          <article docid="1">
            <title>Baghdad</title>
            <text><![CDATA[Officials in Baghdad met reporters. The talks in Baghdad went on.]]></text>
            <toponyms>
              <toponym><start>13</start><end>20</end><phrase>Baghdad</phrase>
                <gaztag geonameid="98182"><name>Baghdad</name><lat>33.34058</lat><lon>44.40088</lon></gaztag></toponym>
              <toponym><start>49</start><end>56</end><phrase>Baghdad</phrase></toponym>
            </toponyms>
          </article>
        </articles>
        """;

    private const string GeoVirusLayout = """
        <articles>
          <article>
            <source>https://example.org/1</source>
            <text>Flu cases rose in Baghdad this week.</text>
            <locations>
              <location><name>Baghdad</name><start>18</start><end>25</end><lat>-33.9</lat><lon>151.2</lon></location>
            </locations>
          </article>
        </articles>
        """;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void EvalGeo_LglLayout_FindsAndResolvesTheToponym()
    {
        var corpus = _dir.Write("lgl.xml", LglLayout);

        var run = CliRun.Invoke("eval-geo", "--corpus", corpus);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 gold toponyms with coordinates, 1 without left out", run.Out, StringComparison.Ordinal);
        Assert.Contains("| found by our NER | 1 | 1.000 |", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void EvalGeo_WrongGoldPoint_ScoresTheDistance()
    {
        var corpus = _dir.Write("geovirus.xml", GeoVirusLayout);
        var errors = Path.Combine(_dir.Path, "errors.tsv");

        var run = CliRun.Invoke("eval-geo", "--corpus", corpus, "--errors", errors);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("| found by our NER | 1 | 0.000 |", run.Out, StringComparison.Ordinal);
        var row = File.ReadAllLines(errors)[1].Split('\t');
        Assert.Equal(("Baghdad", "geonames", "98182"), (row[1], row[5], row[6]));
        Assert.InRange(double.Parse(row[10], System.Globalization.CultureInfo.InvariantCulture), 12_000, 14_000);
    }

    [Fact]
    public void EvalGeo_MalformedXml_Exits2NamingFileAndLine()
    {
        var corpus = _dir.Write("bad.xml", "<articles>\n<article>\n</articles>");

        var run = CliRun.Invoke("eval-geo", "--corpus", corpus);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.xml:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void EvalGeo_BadPublisherCountry_Exits2()
    {
        var corpus = _dir.Write("lgl.xml", LglLayout);

        Assert.Equal(2, CliRun.Invoke("eval-geo", "--corpus", corpus, "--publisher-country", "usa").ExitCode);
    }
}
