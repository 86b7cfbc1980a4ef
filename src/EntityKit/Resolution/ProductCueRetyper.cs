using EntityKit.Recognition;

namespace EntityKit.Resolution;

/// <summary>
/// Retypes an ORG span as PRODUCT when the noun right after it says it is a product: "the Vision Pro headset", "the
/// Minecraft game", "the ChatGPT app", "its Galaxy S24 smartphone". The model, seeing a capitalised brand, says ORG;
/// the head noun is the evidence it does not weigh. A brand named with no such noun ("log into Minecraft") stays as the
/// model typed it.
/// </summary>
/// <remarks>Works on token ranges in place; stateless, thread-safe, allocates nothing.</remarks>
internal static class ProductCueRetyper
{
    /// <summary>Retypes, in place, the ORG spans of <paramref name="spans"/> followed by a product noun.</summary>
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, List<RecognizedSpan> spans)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.Type == EntityType.Organization && span.EndToken < tokens.Length
                && IsProductNoun(tokens[span.EndToken].GetText(text)))
            {
                spans[i] = span with { Type = EntityType.Product };
            }
        }
    }

    /// <summary>Lower-case nouns naming a kind of product (singular and plural).</summary>
    internal static bool IsProductNoun(ReadOnlySpan<char> word) =>
        word is "headset" or "headsets" or "smartphone" or "smartphones" or "console" or "consoles" or "app" or "apps"
            or "game" or "games" or "videogame" or "browser" or "chatbot" or "chatbots" or "chip" or "chips"
            or "processor" or "processors" or "laptop" or "laptops" or "tablet" or "tablets" or "smartwatch"
            or "handset" or "handsets" or "jet" or "jets" or "aircraft" or "drone" or "drones" or "rifle" or "rifles"
            or "vaccine" or "sedan" or "SUV" or "pickup" or "truck" or "software";
}
