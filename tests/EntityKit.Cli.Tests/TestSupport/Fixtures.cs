namespace EntityKit.Cli.Tests.TestSupport;

/// <summary>Small articles written for these tests.</summary>
internal static class Fixtures
{
    public const string Harbour =
        "The ferry from Portsmouth reached Cherbourg at 9.15am on Tuesday. Its captain, Anna Verhoeven, said the crossing was calm.\n\nPassengers praised the crew.";

    public const string Council =
        "The city council in Leeds approved a £3.2m budget for new cycle lanes. Work starts in March.";

    public const string Unicode =
        "Zoë Ça\u0301rdenas met the 🇫🇷 delegation in Zürich. “It went well,” she said — twice.";

    /// <summary>A JSONL line for an article, with its text JSON-escaped.</summary>
    public static string JsonLine(string id, string text) =>
        $"{{\"id\":{System.Text.Json.JsonSerializer.Serialize(id, JsonContext.Default.String)},\"text\":{System.Text.Json.JsonSerializer.Serialize(text, JsonContext.Default.String)}}}";
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class JsonContext : System.Text.Json.Serialization.JsonSerializerContext;
