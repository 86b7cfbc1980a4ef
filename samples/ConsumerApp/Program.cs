using EntityKit;
using EntityKit.Dictionaries;
using EntityKit.Models.English;

// What you know better than the model: a dictionary of entities with ids (here Wikidata QIDs). Hyphen variants on,
// so "al-Sudani" also matches "al Sudani".
var knownEntities = EntityDictionary.CreateBuilder(new DictionaryMatchOptions { MatchHyphenVariants = true })
    .Add(new DictionaryEntry(["Mohammed Shia al-Sudani", "al-Sudani"], EntityType.Person, "Q29004637"))
    .Add("Pentagon", EntityType.Organization, "Q11208")
    .Build();

// Create the analyzer once and keep it: it is immutable and thread-safe. The dictionary is inserted first, so its
// mentions win over overlapping mentions of the model layer.
var analyzer = EnglishArticleAnalyzer.CreateBuilder()
    .InsertRecognizer(0, knownEntities)
    .Build();

const string text =
    "Lloyd Austin, the US Defence Secretary, said on Wednesday that the strikes in Iraq were necessary. " +
    "Officials in Baghdad condemned them, and Prime Minister Mohammed Shia al-Sudani called the Pentagon.";

var analysis = analyzer.Analyze(new Article("sample-1", text));

Console.WriteLine($"{analysis.Sentences.Length} sentences, {analysis.Tokens.Length} tokens, {analysis.Mentions.Length} mentions");
foreach (var mention in analysis.Mentions)
{
    // Offsets are half-open UTF-16 ranges into the original text.
    Console.WriteLine($"  {mention.Type,-12} {mention.Text} [{mention.Start}, {mention.End}) {mention.Confidence:0.00} {mention.Source} {mention.EntryId}");
}

foreach (var entity in analysis.Entities)
{
    Console.WriteLine($"  entity {entity.Name} ({entity.Type}), {entity.MentionCount} mention(s), salience {entity.Salience:0.00}");
}

return analysis.Succeeded ? 0 : 1;
