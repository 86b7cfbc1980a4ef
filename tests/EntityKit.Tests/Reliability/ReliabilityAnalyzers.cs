using EntityKit.Models.English;
using EntityKit.Recognition;

namespace EntityKit.Tests.Reliability;

/// <summary>The analyzers the reliability tests run: shared, built once, as users would keep them.</summary>
internal static class ReliabilityAnalyzers
{
    /// <summary>The default English pipeline exactly as <c>EnglishArticleAnalyzer.Create()</c> gives it (with the
    /// trained model once it ships).</summary>
    public static ArticleAnalyzer Default { get; } = EnglishArticleAnalyzer.Create();

    /// <summary>The default pipeline plus a layer that tags every run of capitalised words, so that mentions, type
    /// consistency and entity resolution are exercised on any text whatever the model finds.</summary>
    public static ArticleAnalyzer WithCapitalizedRuns { get; } =
        EnglishArticleAnalyzer.CreateBuilder().AddRecognizer(new CapitalizedRunRecognizer()).Build();

    /// <summary>Both, by name, for theories.</summary>
    public static ArticleAnalyzer ByName(string name) => name switch
    {
        nameof(Default) => Default,
        nameof(WithCapitalizedRuns) => WithCapitalizedRuns,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown analyzer"),
    };

    /// <summary>The names accepted by <see cref="ByName"/>.</summary>
    public static readonly string[] Names = [nameof(Default), nameof(WithCapitalizedRuns)];
}

/// <summary>Tags each run of tokens that start with an upper-case letter (up to five) as a person, with a
/// confidence that depends on the run's length.</summary>
internal sealed class CapitalizedRunRecognizer : IMentionRecognizer
{
    public string Name => "capitalized-runs";

    public MentionSource Source => MentionSource.Pattern;

    public void Recognize(in RecognitionInput input, List<RecognizedSpan> mentions, CancellationToken cancellationToken)
    {
        var i = 0;
        while (i < input.Tokens.Length)
        {
            var run = 0;
            while (i + run < input.Tokens.Length && run < 5 && char.IsUpper(input.Text[input.Tokens[i + run].Start]))
            {
                run++;
            }

            if (run > 0)
            {
                var type = run == 1 ? EntityType.Organization : EntityType.Person;
                mentions.Add(new RecognizedSpan(i, run, type, 0.5f + (0.1f * run)));
                i += run;
            }
            else
            {
                i++;
            }
        }
    }
}
