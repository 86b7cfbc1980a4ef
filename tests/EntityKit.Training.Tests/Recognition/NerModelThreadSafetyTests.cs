using EntityKit.Recognition;
using EntityKit.Tests.Training;

namespace EntityKit.Tests.Recognition;

public class NerModelThreadSafetyTests
{
    [Fact]
    public void Recognize_InParallel_GivesTheSameResultsAsSequentially()
    {
        var model = ToyCorpus.Model;
        var texts = Enumerable.Range(0, 200)
            .Select(i => $"Dr. Name{i} Family{i % 7} lives in Place{i % 13} . on Monday Dr. Alvo Brenn flew to Qatlan .")
            .ToArray();
        var sequential = texts.Select(t => Recognize(model, t)).ToArray();

        var parallel = new string[texts.Length][];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Recognize(model, texts[i]));

        Assert.Equal(sequential, parallel);
        Assert.Contains(sequential, r => r.Length > 0);
    }

    [Fact]
    public void Recognize_Confidences_AreProbabilities()
    {
        var text = "Dr. Mira Tosk lives in Vellora .";
        var (tokens, sentences) = PerceptronTrainerTests.SimpleTokens(text);
        var mentions = new List<RecognizedSpan>();

        ToyCorpus.Model.Recognize(new RecognitionInput(text, tokens, sentences), mentions, CancellationToken.None);

        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.InRange(m.Confidence, 0f, 1f));
    }

    private static string[] Recognize(NerModel model, string text)
    {
        var (tokens, _) = PerceptronTrainerTests.SimpleTokens(text);
        var split = Array.FindIndex(tokens, t => text[t.Start] == '.' && t.Length == 1) + 1;
        Sentence[] sentences = [new(0, tokens[split - 1].End, 0, split), new(tokens[split].Start, text.Length, split, tokens.Length - split)];
        var mentions = new List<RecognizedSpan>();
        model.Recognize(new RecognitionInput(text, tokens, sentences), mentions, CancellationToken.None);
        return mentions.Select(m => $"{m.FirstToken}+{m.TokenCount}:{m.Type}:{m.Confidence:R}").ToArray();
    }
}
