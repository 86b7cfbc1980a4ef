using System.Globalization;
using System.Text;

namespace EntityKit.Cli.Benchmarking;

/// <summary>
/// Realistic news articles made up on the spot for <c>entitykit bench</c>: invented paragraphs (no corpus text) in
/// the style of wire copy — datelines, quotes, titles, companies, money, percentages, dates — with their people,
/// places, organisations and figures drawn from small invented lists. The same index always gives the same article.
/// </summary>
internal static class InventedNews
{
    private static readonly string[] People = ["Ana Ribeiro", "Jonas Keller", "Priya Raman", "Tomas Novak", "Elena Varga", "Samuel Okafor", "Hana Sato", "Marek Dvorak", "Lucia Ferreira", "Owen Gallagher"];
    private static readonly string[] Cities = ["Lisbon", "Vienna", "Dublin", "Warsaw", "Oslo", "Athens", "Nairobi", "Osaka", "Toronto", "Santiago"];
    private static readonly string[] Countries = ["Portugal", "Austria", "Ireland", "Poland", "Norway", "Greece", "Kenya", "Japan", "Canada", "Chile"];
    private static readonly string[] Companies = ["Nordvik Holdings AG", "Tejo Power SA", "Brightwater Group plc", "Castell Telecom SA", "Orla Mining Ltd", "Halden Motors Inc.", "Kestrel Airlines", "Marlowe Bank"];
    private static readonly string[] Bodies = ["the central bank", "the finance ministry", "the European Commission", "the transport regulator", "the national statistics office", "the competition authority"];
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    private static readonly string[] Months = ["January", "March", "April", "June", "September", "November"];

    private static readonly string[] Paragraphs =
    [
        "{City}, {Month} {Day2} (Newswire) - {Body} on {Day} raised its growth forecast for {Country} to {Pct}% for this year, citing stronger-than-expected exports and a rebound in tourism.",
        "\"We didn't expect the recovery to be this broad,\" {Person} told reporters in {City}. \"Households are spending again, and firms can't find enough workers.\"",
        "Shares of {Company} climbed {Pct} per cent to €{Price} after the group said it had agreed to sell a {Stake}% stake in its {Country} unit for US${Amount} billion.",
        "Analysts at {Company2} called the price \"a fair one\" in a note to clients on {Day}, though {Person2}, a strategist in {City2}, warned that margins would stay under pressure until {Month2}.",
        "The revised outlook, published at 10.30am local time, follows a year-long slowdown that pushed unemployment to {Pct}% in {Month}. Dr. {Person2} said {Body} would keep a close eye on wages.",
        "Meanwhile, the government's long-awaited rail plan - a €{Amount}bn project linking {City} and {City2} in under 90 minutes - won approval from {Body}, officials said.",
        "Opposition leader {Person}, who has campaigned against the project since {Year}, said it \"won't pay for itself for decades\" and urged lawmakers to hold a vote before the summer recess.",
        "{Company} said on {Day} that its chief executive, {Person2}, would step down at the end of {Month} after {Stake} years in the job. The board has hired {Company2} to lead the search.",
        "About {Thousands},000 people attended the opening of the new terminal at {City} airport, where {Company2} will run 40 flights a week to {Country2} from {Month2}.",
        "Mr. {Person2} is expected to meet his counterpart from {Country2} in {City2} next week to discuss the trade agreement signed in {Year}.",
    ];

    /// <summary>Article number <paramref name="index"/> (id <c>bench-INDEX</c>): six to nine paragraphs, about 270 tokens on average.</summary>
    public static Article Create(int index)
    {
        var random = new Random(index);
        var text = new StringBuilder(2400);
        var paragraphs = 6 + random.Next(4);
        text.Append(Fill(Paragraphs[0], random)).Append("\n\n");
        for (var i = 1; i < paragraphs; i++)
        {
            text.Append(Fill(Paragraphs[1 + random.Next(Paragraphs.Length - 1)], random)).Append("\n\n");
        }

        return new Article("bench-" + index.ToString(CultureInfo.InvariantCulture), text.ToString());
    }

    /// <summary>Articles 0 to <paramref name="count"/> - 1, made as they are enumerated.</summary>
    public static IEnumerable<Article> CreateMany(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Create(i);
        }
    }

    private static string Fill(string template, Random random)
    {
        var text = new StringBuilder(template);
        text.Replace("{Person}", Pick(People, random)).Replace("{Person2}", Pick(People, random))
            .Replace("{City}", Pick(Cities, random)).Replace("{City2}", Pick(Cities, random))
            .Replace("{Country}", Pick(Countries, random)).Replace("{Country2}", Pick(Countries, random))
            .Replace("{Company}", Pick(Companies, random)).Replace("{Company2}", Pick(Companies, random))
            .Replace("{Body}", Pick(Bodies, random)).Replace("{Day}", Pick(Days, random))
            .Replace("{Month}", Pick(Months, random)).Replace("{Month2}", Pick(Months, random))
            .Replace("{Day2}", Number(random, 1, 28)).Replace("{Year}", Number(random, 2012, 2024))
            .Replace("{Pct}", Number(random, 1, 9) + "." + Number(random, 0, 9))
            .Replace("{Price}", Number(random, 5, 90) + "." + Number(random, 10, 99))
            .Replace("{Stake}", Number(random, 5, 45)).Replace("{Amount}", Number(random, 1, 9) + "." + Number(random, 1, 9))
            .Replace("{Thousands}", Number(random, 2, 60));
        return text.ToString();
    }

    private static string Pick(string[] values, Random random) => values[random.Next(values.Length)];

    private static string Number(Random random, int min, int max) => random.Next(min, max + 1).ToString(CultureInfo.InvariantCulture);
}
