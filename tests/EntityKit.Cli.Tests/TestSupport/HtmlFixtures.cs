namespace EntityKit.Cli.Tests.TestSupport;

/// <summary>Small web pages written for these tests: a head with metadata, chrome around an article, script, style and
/// SVG whose numbers must never become mentions.</summary>
internal static class HtmlFixtures
{
    public const string HarbourTitle = "Ferry crossing resumes after storm";
    public const string HarbourUrl = "https://gazette.example/news/ferry-crossing";

    /// <summary>A news page: canonical link, publication time, navigation, a newsletter line inside the article, a
    /// footer, a script with numbers and an SVG icon with a percentage.</summary>
    public const string Harbour = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>Ferry crossing resumes after storm | Coast Gazette</title>
        <meta property="og:title" content="Ferry crossing resumes after storm">
        <meta property="article:published_time" content="2024-03-05T08:30:00Z">
        <link rel="canonical" href="https://gazette.example/news/ferry-crossing">
        <script>var tracking = { percent: 45, count: 1200 };</script>
        <style>.icon { width: 100%; }</style>
        </head>
        <body>
        <nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
        <article>
        <h1>Ferry crossing resumes after storm</h1>
        <p>The ferry from Portsmouth reached Cherbourg at 9.15am on Tuesday after two days of cancellations. Its captain, Anna Verhoeven, said the crossing was calm and that the crew had worked through the night.</p>
        <p>Passengers praised the crew. The operator said all sailings would run to timetable from Wednesday, and that travellers with cancelled bookings would be refunded in full.</p>
        <p>Sign up for our newsletter</p>
        <p>The harbour master, James Okafor, said the storm had been the worst in a decade and that repairs to the outer wall would take several weeks.</p>
        </article>
        <footer>© 2024 Coast Gazette. All rights reserved.</footer>
        <svg width="24" height="24"><text x="0" y="15">100%</text></svg>
        </body>
        </html>
        """;

    /// <summary>A bare page without head metadata, saved as <c>.htm</c> in the tests.</summary>
    public const string Council = """
        <html><body>
        <div class="story">
        <p>The city council in Leeds approved a £3.2m budget for new cycle lanes on Monday, after a long debate about road safety near schools.</p>
        <p>Councillor Priya Shah said work would start in March and finish before the end of the year.</p>
        </div>
        </body></html>
        """;
}
