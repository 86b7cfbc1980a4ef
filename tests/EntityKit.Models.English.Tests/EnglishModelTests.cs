using System.Security.Cryptography;
using EntityKit.Recognition;

namespace EntityKit.Models.English.Tests;

public class EnglishModelTests
{
    [Fact]
    public void Default_IsLoadedOnceAndShared()
    {
        Assert.Same(EnglishModel.Default, EnglishModel.Default);
    }

    [Fact]
    public void Default_RecognizesTheManifestTypes()
    {
        var manifest = EnglishModel.Manifest;

        Assert.Equal(manifest.Types.ToArray(), EnglishModel.Default.Types.Select(t => t.Name).ToArray());
        Assert.Equal(EntityType.OntoNotes.Select(t => t.Name).ToArray(), manifest.Types.ToArray());
        Assert.Matches("^[0-9a-f]{64}$", manifest.Sha256);
    }

    [Fact]
    public void Resource_MatchesTheManifestChecksum()
    {
        using var stream = typeof(EnglishModel).Assembly.GetManifestResourceStream(EnglishModel.ModelResourceName)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);

        Assert.Equal(EnglishModel.Manifest.Bytes, buffer.Length);
        Assert.Equal(EnglishModel.Manifest.Sha256, Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray())));
    }

    [Fact]
    public void Load_GivesAFreshEquivalentModel()
    {
        var fresh = EnglishModel.Load();

        Assert.NotSame(EnglishModel.Default, fresh);
        Assert.Equal(EnglishModel.Default.FeatureCount, fresh.FeatureCount);
    }

    [Theory]
    [InlineData("President Barack Obama met Angela Merkel in Berlin on Tuesday .", "Barack Obama", "PERSON")]
    [InlineData("President Barack Obama met Angela Merkel in Berlin on Tuesday .", "Berlin", "GPE")]
    [InlineData("Shares of Microsoft rose 5 % after the company said profits doubled .", "Microsoft", "ORG")]
    [InlineData("Shares of Microsoft rose 5 % after the company said profits doubled .", "5 %", "PERCENT")]
    public void Default_OnPlainNews_FindsTheObviousEntities(string text, string expected, string type)
    {
        var tokens = new List<TokenInfo>();
        var start = 0;
        foreach (var part in text.Split(' '))
        {
            tokens.Add(new TokenInfo(start, part.Length, TokenKind.Word, TokenFlags.SpaceBefore));
            start += part.Length + 1;
        }

        var mentions = new List<RecognizedSpan>();
        EnglishModel.Default.Recognize(
            new RecognitionInput(text, tokens.ToArray(), [new Sentence(0, text.Length, 0, tokens.Count)]), mentions, CancellationToken.None);

        var found = mentions.Select(m => (text[tokens[m.FirstToken].Start..tokens[m.EndToken - 1].End], m.Type.Name));
        Assert.Contains((expected, type), found);
    }

    [Fact]
    public void Manifest_Json_RoundTrips()
    {
        var manifest = EnglishModel.Manifest;

        var parsed = EnglishModelManifest.Parse(System.Text.Encoding.UTF8.GetBytes(manifest.ToJson()));

        Assert.Equal(manifest.Version, parsed.Version);
        Assert.Equal(manifest.Sha256, parsed.Sha256);
        Assert.Equal(manifest.Types.ToArray(), parsed.Types.ToArray());
    }

    [Fact]
    public void Manifest_Malformed_ThrowsModelFormatException()
    {
        Assert.Throws<ModelFormatException>(() => EnglishModelManifest.Parse("{\"version\": 1}"u8));
    }
}
