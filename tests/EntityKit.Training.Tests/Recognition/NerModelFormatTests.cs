using EntityKit.Recognition;
using EntityKit.Tests.Training;

namespace EntityKit.Tests.Recognition;

public class NerModelFormatTests
{
    [Fact]
    public void SaveLoad_RoundTrip_GivesAnIdenticalModel()
    {
        var bytes = Serialize(ToyCorpus.Model);

        var loaded = NerModel.Load(new MemoryStream(bytes));

        Assert.Equal(bytes, Serialize(loaded));
        Assert.Equal(ToyCorpus.Model.Types.ToArray(), loaded.Types.ToArray());
        Assert.Equal(ToyCorpus.Model.FeatureCount, loaded.FeatureCount);
        Assert.Equal(Labels(ToyCorpus.Model), Labels(loaded));
    }

    [Fact]
    public void SaveLoad_ModelWithLexicon_RoundTripsAndLabelsAlike()
    {
        var clusters = EntityKit.Lexicon.WordClusters.Create(
            [2, 4],
            [
                new KeyValuePair<string, EntityKit.Lexicon.ClusterIds>("Qatlan", new EntityKit.Lexicon.ClusterIds([1, 3])),
                new KeyValuePair<string, EntityKit.Lexicon.ClusterIds>("Vellora", new EntityKit.Lexicon.ClusterIds([1, 2])),
                new KeyValuePair<string, EntityKit.Lexicon.ClusterIds>("Monday", new EntityKit.Lexicon.ClusterIds([0, 1])),
            ]);
        var gazetteer = EntityKit.Lexicon.Gazetteer.Create(
            [new EntityKit.Lexicon.GazetteerEntry("Brasmir", EntityKit.Lexicon.GazetteerCategories.City)]);
        var model = new EntityKit.Training.PerceptronTrainer(new EntityKit.Training.TrainingOptions
        {
            Epochs = 4, Seed = 5, PruneThreshold = 0f, Clusters = clusters, Gazetteer = gazetteer,
        }).Train(ToyCorpus.TrainingDocuments());
        var bytes = Serialize(model);

        var loaded = NerModel.Load(new MemoryStream(bytes));

        Assert.Equal(bytes, Serialize(loaded));
        Assert.Equal(Labels(model), Labels(loaded));
    }

    [Fact]
    public void Pruned_DropsSmallWeightsOnly()
    {
        var model = ToyCorpus.Model;

        var pruned = model.Pruned(0.5f);

        Assert.True(pruned.WeightCount < model.WeightCount);
        Assert.All(pruned.Emissions.EntryWeights, w => Assert.True(Math.Abs(w * pruned.Scale) >= 0.5f));
        Assert.Equal(model.Pruned(0f).WeightCount, model.WeightCount);
    }

    [Fact]
    public void Load_Truncated_SaysTruncated()
    {
        var bytes = Serialize(ToyCorpus.Model);

        var error = Assert.Throws<ModelFormatException>(() => NerModel.Load(new MemoryStream(bytes[..(bytes.Length - 10)])));

        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void Load_TruncatedHeader_SaysTruncated()
    {
        var bytes = Serialize(ToyCorpus.Model);

        var error = Assert.Throws<ModelFormatException>(() => NerModel.Load(new MemoryStream(bytes[..20])));

        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void Load_BitFlipInPayload_SaysChecksumMismatch()
    {
        var bytes = Serialize(ToyCorpus.Model);
        bytes[bytes.Length / 2 + 30] ^= 0x10;

        var error = Assert.Throws<ModelFormatException>(() => NerModel.Load(new MemoryStream(bytes)));

        Assert.Contains("checksum mismatch", error.Message);
    }

    [Fact]
    public void Load_WrongMagic_SaysWrongMagic()
    {
        var bytes = Serialize(ToyCorpus.Model);
        bytes[0] = (byte)'X';

        var error = Assert.Throws<ModelFormatException>(() => NerModel.Load(new MemoryStream(bytes)));

        Assert.Contains("wrong magic", error.Message);
    }

    [Fact]
    public void Load_FutureVersion_SaysNewerVersion()
    {
        var bytes = Serialize(ToyCorpus.Model);
        bytes[8] = 99;

        var error = Assert.Throws<ModelFormatException>(() => NerModel.Load(new MemoryStream(bytes)));

        Assert.Contains("format version 99", error.Message);
        Assert.Contains("newer", error.Message);
    }

    [Theory]
    [InlineData(2, "name runs")]
    [InlineData(16, "rich neighbours")]
    [InlineData(32, "lower-case clusters")]
    public void Load_ModelOfARetiredFeatureGroup_IsRefusedNamingTheGroup(int option, string group)
    {
        var model = ToyCorpus.Model;
        var options = model.Extractor.Options | (FeatureOptions)option;
        var retired = new NerModel(
            model.Labels, new FeatureExtractor(model.Extractor.Seed, options, model.Labels.Types.Length, model.Extractor.Lexicon),
            model.Emissions, model.Transitions, model.Scale, model.Confidence, model.Description);
        var bytes = Serialize(retired);

        var error = Assert.Throws<ModelFormatException>(() => NerModel.Load(new MemoryStream(bytes)));

        Assert.Contains(group, error.Message);
        Assert.Contains("no longer computes", error.Message);
    }

    [Fact]
    public void Load_UnknownFeatureOption_IsRefused()
    {
        var model = ToyCorpus.Model;
        var unknown = new NerModel(
            model.Labels, new FeatureExtractor(model.Extractor.Seed, (FeatureOptions)64, model.Labels.Types.Length, model.Extractor.Lexicon),
            model.Emissions, model.Transitions, model.Scale, model.Confidence, model.Description);

        var error = Assert.Throws<ModelFormatException>(() => NerModel.Load(new MemoryStream(Serialize(unknown))));

        Assert.Contains("unknown feature options 0x40", error.Message);
    }

    [Fact]
    public void Load_TrailingBytes_IsRejected()
    {
        var bytes = Serialize(ToyCorpus.Model).Append((byte)0).ToArray();

        var error = Assert.Throws<ModelFormatException>(() => NerModel.Load(new MemoryStream(bytes)));

        Assert.Contains("unexpected bytes", error.Message);
    }

    [Fact]
    public void Load_EmptyStream_SaysTruncated()
    {
        var error = Assert.Throws<ModelFormatException>(() => NerModel.Load(new MemoryStream()));

        Assert.Contains("truncated", error.Message);
    }

    private static byte[] Serialize(NerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    private static int[] Labels(NerModel model)
    {
        var document = ToyCorpus.TrainingDocuments()[0];
        var labels = new int[document.TokenCount];
        model.LabelDocument(document.Text, document.Tokens, document.Sentences, labels);
        return labels;
    }
}
