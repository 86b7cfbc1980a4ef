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

    /// <summary>A tiny invented BIO corpus: "Dr. X Y" is a PERSON, a place after "to"/"in" a GPE.</summary>
    public static readonly string ToyBio = string.Join('\n',
        "-DOCSTART-\tO", "",
        "Dr.\tO", "Alvo\tB-PERSON", "Brenn\tI-PERSON", "flew\tO", "to\tO", "Qatlan\tB-GPE", ".\tO", "",
        "Dr.\tO", "Mira\tB-PERSON", "Tosk\tI-PERSON", "lives\tO", "in\tO", "Vellora\tB-GPE", ".\tO", "",
        "-DOCSTART-\tO", "",
        "Dr.\tO", "Pell\tB-PERSON", "Ondaro\tI-PERSON", "spoke\tO", "in\tO", "Brasmir\tB-GPE", ".\tO", "",
        "Dr.\tO", "Ulla\tB-PERSON", "Grent\tI-PERSON", "arrived\tO", "in\tO", "Qatlan\tB-GPE", ".\tO", "") + "\n";
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class JsonContext : System.Text.Json.Serialization.JsonSerializerContext;
