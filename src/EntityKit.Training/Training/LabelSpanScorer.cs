using EntityKit.Recognition;

namespace EntityKit.Training;

/// <summary>Entity-level exact-match counts between gold and predicted BILOU label sequences.</summary>
internal static class LabelSpanScorer
{
    /// <summary>Micro-F1 of a model on documents, labelling their own tokens; with <paramref name="types"/>, only
    /// entities (gold and predicted) of those type indices count.</summary>
    public static double MicroF1(NerModel model, IReadOnlyList<TrainingDocument> documents, IReadOnlySet<int>? types = null)
    {
        long truePositives = 0, predictedCount = 0, goldCount = 0;
        var lockObject = new object();
        Parallel.ForEach(
            documents,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Min(2, Environment.ProcessorCount) },
            () => (tp: 0L, p: 0L, g: 0L),
            (document, _, local) =>
            {
                var predicted = new int[document.TokenCount];
                model.LabelDocument(document.Text, document.Tokens, document.Sentences, predicted);
                var gold = Spans(document.GoldLabels, document.Sentences);
                var guess = Spans(predicted, document.Sentences);
                if (types is not null)
                {
                    gold.RemoveWhere(s => !types.Contains(s.Type));
                    guess.RemoveWhere(s => !types.Contains(s.Type));
                }

                local.g += gold.Count;
                local.p += guess.Count;
                local.tp += guess.Count(gold.Contains);
                return local;
            },
            local =>
            {
                lock (lockObject)
                {
                    truePositives += local.tp;
                    predictedCount += local.p;
                    goldCount += local.g;
                }
            });
        var precision = predictedCount == 0 ? 0 : (double)truePositives / predictedCount;
        var recall = goldCount == 0 ? 0 : (double)truePositives / goldCount;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /// <summary>The entities of a label sequence as (first token, end token, type index), per sentence.</summary>
    public static HashSet<(int First, int End, int Type)> Spans(ReadOnlySpan<int> labels, ReadOnlySpan<Sentence> sentences)
    {
        var spans = new HashSet<(int, int, int)>();
        foreach (var sentence in sentences)
        {
            var start = -1;
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var part = BilouLabelSet.PartOf(labels[t]);
                if (part is BilouPart.Begin or BilouPart.Unit)
                {
                    start = t;
                }

                if (part is BilouPart.Last or BilouPart.Unit && start >= 0)
                {
                    spans.Add((start, t + 1, BilouLabelSet.TypeIndexOf(labels[t])));
                    start = -1;
                }
            }
        }

        return spans;
    }
}
