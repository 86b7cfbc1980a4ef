using EntityKit;
using EntityKit.Models.English;

// Create the analyzer once and keep it: it is immutable and thread-safe.
var analyzer = EnglishArticleAnalyzer.Create();

const string text =
    "Lloyd Austin, the US Defence Secretary, said on Wednesday that the strikes in Iraq were necessary. " +
    "Officials in Baghdad condemned them, and Prime Minister Mohammed Shia al-Sudani called the Pentagon.";

var analysis = analyzer.Analyze(new Article("sample-1", text));

Console.WriteLine($"{analysis.Sentences.Length} sentences, {analysis.Tokens.Length} tokens, {analysis.Mentions.Length} mentions");
foreach (var mention in analysis.Mentions)
{
    // Offsets are half-open UTF-16 ranges into the original text.
    Console.WriteLine($"  {mention.Type,-12} {mention.Text} [{mention.Start}, {mention.End}) {mention.Confidence:0.00}");
}

foreach (var entity in analysis.Entities)
{
    Console.WriteLine($"  entity {entity.Name} ({entity.Type}), {entity.MentionCount} mention(s), salience {entity.Salience:0.00}");
}

return analysis.Succeeded ? 0 : 1;
