using System.Security.Cryptography;
using System.Text;
using EntityKit.Recognition;

namespace EntityKit.Models.English.Accurate.Tests;

/// <summary>The embedded model's manifest: a damaged model file is refused with a clear error, not served.</summary>
public sealed class EmbeddedModelManifestTests
{
    private static readonly byte[] Model = Encoding.ASCII.GetBytes("an ONNX model, as far as this test is concerned");

    private static EmbeddedModelManifest ManifestOf(byte[] model) =>
        EmbeddedModelManifest.Read(new MemoryStream(Encoding.UTF8.GetBytes(
            $"{{\"model_bytes\": {model.Length}, \"model_sha256\": \"{Convert.ToHexStringLower(SHA256.HashData(model))}\"}}")));

    [Fact]
    public void Check_TheFileTheManifestDescribes_Passes()
    {
        ManifestOf(Model).Check(Model, "model.onnx");
    }

    [Fact]
    public void Check_OneByteChanged_IsAnErrorNamingTheFileAndTheHashes()
    {
        var damaged = (byte[])Model.Clone();
        damaged[5] ^= 1;

        var error = Assert.Throws<ModelFormatException>(() => ManifestOf(Model).Check(damaged, "model.onnx"));

        Assert.Contains("model.onnx", error.Message);
        Assert.Contains("SHA-256", error.Message);
    }

    [Fact]
    public void Check_Truncated_IsAnErrorNamingBothSizes()
    {
        var error = Assert.Throws<ModelFormatException>(() => ManifestOf(Model).Check(Model.AsSpan(0, 10), "model.onnx"));

        Assert.Contains("10 bytes", error.Message);
        Assert.Contains($"{Model.Length:N0}", error.Message);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"model_bytes\": 5}")]
    [InlineData("[]")]
    public void Read_BadManifest_IsAModelFormatError(string json)
    {
        var error = Assert.Throws<ModelFormatException>(() => EmbeddedModelManifest.Read(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        Assert.Contains("manifest", error.Message);
    }

    [Fact]
    public void TheEmbeddedModel_MatchesItsManifest()
    {
        using var model = AccurateEnglishModel.LoadEmbedded();

        Assert.Equal("embedded", model.Description);
    }
}
