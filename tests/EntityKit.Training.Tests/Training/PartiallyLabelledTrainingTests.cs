using EntityKit.Corpora;
using EntityKit.Recognition;
using EntityKit.Text;
using EntityKit.Training;

namespace EntityKit.Tests.Training;

public class PartiallyLabelledTrainingTests
{
    private static readonly BilouLabelSet Labels = BilouLabelSet.OntoNotes;

    /// <summary>Fully annotated, but only weekdays (DATE) occur: no names at all.</summary>
    private const string FullBio = """
        nobody	O
        came	O
        on	O
        Tuesday	B-DATE
        .	O

        we	O
        met	O
        on	O
        Monday	B-DATE
        .	O

        people	O
        work	O
        on	O
        Friday	B-DATE
        .	O

        -DOCSTART-	O

        the	O
        rain	O
        stopped	O
        on	O
        Sunday	B-DATE
        .	O

        the	O
        shop	O
        opened	O
        on	O
        Wednesday	B-DATE
        .	O
        """;

    /// <summary>Coarse (CoNLL-style) annotation: names after "Dr." are PER and places after "in" are LOC; the weekdays
    /// are not annotated by the coarse scheme.</summary>
    private const string CoarseBio = """
        Dr.	O
        Alvo	B-PER
        Brenn	I-PER
        stayed	O
        in	O
        Qatlan	B-LOC
        on	O
        Monday	O
        .	O

        Dr.	O
        Mira	B-PER
        Tosk	I-PER
        lives	O
        in	O
        Vellora	B-LOC
        .	O

        -DOCSTART-	O

        Dr.	O
        Pell	B-PER
        Ondaro	I-PER
        spoke	O
        in	O
        Brasmir	B-LOC
        on	O
        Friday	O
        .	O

        Dr.	O
        Ulla	B-PER
        Grent	I-PER
        arrived	O
        on	O
        Tuesday	O
        .	O

        -DOCSTART-	O

        Dr.	O
        Ivo	B-PER
        Kalt	I-PER
        waited	O
        in	O
        Somtar	B-LOC
        .	O

        Dr.	O
        Sela	B-PER
        Varn	I-PER
        left	O
        on	O
        Sunday	O
        .	O
        """;

    [Fact]
    public void LatentTarget_PicksTheBestPathAmongAllowedLabels()
    {
        var viterbi = new ConstrainedViterbi(Labels);
        var prepared = new int[viterbi.PreparedSize];
        viterbi.PrepareTransitions(new int[Labels.Count * Labels.Count], prepared);
        var l = Labels.Count;
        var scores = new int[3 * l];
        scores[Label("DATE", BilouPart.Unit)] = 40;
        scores[l + BilouLabelSet.Outside] = 100;
        scores[l + Label("LOC", BilouPart.Unit)] = 50;
        scores[l + Label("GPE", BilouPart.Unit)] = 20;
        scores[2 * l + Label("PERSON", BilouPart.Unit)] = 70;
        scores[2 * l + BilouLabelSet.Outside] = 10;
        var outside = Set(l, BilouLabelSet.Outside, Label("DATE", BilouPart.Unit), Label("DATE", BilouPart.Begin));
        var place = Set(l, Label("GPE", BilouPart.Unit), Label("LOC", BilouPart.Unit), Label("FAC", BilouPart.Unit));
        var allowed = new AllowedLabels([outside, place], [0, 1, 0]);
        var target = new int[3];
        var unconstrained = new int[3];
        var back = new byte[3 * l];
        var delta = new int[2 * viterbi.Stride];

        PerceptronTrainer.LatentTarget(viterbi, scores, allowed, 0, 3, prepared, new int[3 * l], back, delta, target);
        viterbi.Decode(scores, prepared, 3, back, delta, unconstrained);

        Assert.Equal([Label("DATE", BilouPart.Unit), Label("LOC", BilouPart.Unit), BilouLabelSet.Outside], target);
        Assert.Equal([Label("DATE", BilouPart.Unit), BilouLabelSet.Outside, Label("PERSON", BilouPart.Unit)], unconstrained);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Train_PartialDocumentsAllowingOnlyGold_GiveTheByteIdenticalModel(int marginCost)
    {
        var full = ToyCorpus.TrainingDocuments();
        var partial = full.Select(d => d with { Allowed = OnlyGold(d.GoldLabels) }).ToList();
        byte[] Train(IReadOnlyList<TrainingDocument> documents) => Serialize(
            new PerceptronTrainer(new TrainingOptions { Epochs = 4, Seed = 3, PruneThreshold = 0f, MarginCost = marginCost }).Train(documents));

        Assert.Equal(Train(full), Train(partial));
    }

    [Fact]
    public void Train_NoExtraDocuments_GivesTheByteIdenticalModel()
    {
        var full = ToyCorpus.TrainingDocuments();
        IReadOnlyList<TrainingDocument> none = [];
        byte[] Train(IReadOnlyList<TrainingDocument> documents) => Serialize(
            new PerceptronTrainer(new TrainingOptions { Epochs = 4, Seed = 3, PruneThreshold = 0f }).Train(documents));

        Assert.Equal(Train(full), Train([.. full, .. none]));
    }

    [Fact]
    public void Train_CoarseOnlyNames_LearnsTheNamePatternAndKeepsTheValueTypeOfTheFullCorpus()
    {
        var tokenizer = new EnglishTokenizer();
        var splitter = new SentenceSplitter();
        var full = BioReader.Read(new StringReader(FullBio), "full").Select(new RawTextDocuments(tokenizer, splitter, Labels).Create);
        var coarse = BioReader.Read(new StringReader(CoarseBio), "coarse")
            .Select(new PartiallyLabelledDocuments(tokenizer, splitter, Labels, CoarseTypeMapping.Conll2003).Create);
        var model = new PerceptronTrainer(new TrainingOptions { Epochs = 10, Seed = 5, PruneThreshold = 0f })
            .Train([.. full, .. coarse]);

        var found = Recognize(model, "Dr. Zeno Practh stayed in Ulmbrak on Thursday .");

        Assert.Contains(("Zeno Practh", "PERSON"), found);
        Assert.Contains(found, f => f.Text == "Ulmbrak" && f.Type is "GPE" or "LOC" or "FAC");
        Assert.Contains(("Thursday", "DATE"), found);
        Assert.DoesNotContain(found, f => f.Text.Contains("Dr."));
    }

    [Fact]
    public void Train_PartialDevelopmentDocument_IsRejected()
    {
        var full = ToyCorpus.TrainingDocuments();
        var partialDev = full.Take(1).Select(d => d with { Allowed = OnlyGold(d.GoldLabels) }).ToList();

        var exception = Assert.Throws<ArgumentException>(
            () => new PerceptronTrainer(new TrainingOptions { Epochs = 1 }).Train(full, partialDev));

        Assert.Contains("fully labelled", exception.Message);
    }

    private static int Label(string type, BilouPart part) => BilouLabelSet.Label(Labels.IndexOf(EntityType.FromName(type)), part);

    private static bool[] Set(int labelCount, params int[] labels)
    {
        var set = new bool[labelCount];
        foreach (var label in labels)
        {
            set[label] = true;
        }

        return set;
    }

    private static AllowedLabels OnlyGold(int[] gold)
    {
        var distinct = gold.Distinct().ToArray();
        return new AllowedLabels([.. distinct.Select(g => Set(Labels.Count, g))], [.. gold.Select(g => Array.IndexOf(distinct, g))]);
    }

    private static List<(string Text, string Type)> Recognize(NerModel model, string text)
    {
        var tokens = new List<TokenInfo>();
        new EnglishTokenizer().Tokenize(text, tokens);
        var sentences = new List<Sentence>();
        new SentenceSplitter().Split(text, tokens.ToArray(), sentences);
        var mentions = new List<RecognizedSpan>();
        model.Recognize(new RecognitionInput(text, [.. tokens], [.. sentences]), mentions, CancellationToken.None);
        return [.. mentions.Select(m => (text[tokens[m.FirstToken].Start..tokens[m.EndToken - 1].End], m.Type.Name))];
    }

    private static byte[] Serialize(NerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
