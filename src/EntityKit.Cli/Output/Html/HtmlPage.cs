namespace EntityKit.Cli.Output.Html;

/// <summary>The fixed start and end of the HTML page: its styles live here, so the page needs no other file.</summary>
internal static class HtmlPage
{
    public const string Head = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="entitykit analyze --format html">
        <title>EntityKit analysis</title>
        <style>
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; margin: 2rem auto; max-width: 62rem; padding: 0 1rem; color: #1f2328; background: #ffffff; }
        h1 { font-size: 1.4rem; margin: 0 0 1rem; }
        h2 { font-size: 1.1rem; margin: 0 0 .3rem; font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
        .article { border: 1px solid #d0d7de; border-radius: 8px; padding: 1rem 1.2rem; margin-bottom: 1.5rem; }
        .counts { color: #59636e; font-size: .85rem; margin: 0 0 .6rem; }
        .legend { margin: 0 0 .8rem; line-height: 2; }
        .chip { display: inline-block; padding: 0 .45rem; border-radius: 4px; font-size: .8rem; font-family: ui-monospace, "DejaVu Sans Mono", monospace; border: 1px solid rgba(0,0,0,.08); }
        .chip.low { border: 1px dashed #57606a; background: #ffffff; }
        .chip.boilerplate { background: #eeeeee; color: #8c959f; }
        .text { white-space: pre-wrap; line-height: 1.9; font-size: 1rem; margin-bottom: 1rem; }
        mark.mention { color: inherit; padding: .1rem .15rem; border-radius: 3px; border: 1px solid rgba(0,0,0,.08); cursor: help; }
        mark.mention.low { border: 1px dashed #57606a; }
        .boilerplate { color: #8c959f; background: #eeeeee; }
        .error { color: #b42318; background: #fef3f2; padding: .5rem; border-radius: 4px; }
        table.entities { border-collapse: collapse; width: 100%; font-size: .9rem; }
        table.entities th, table.entities td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #eaeef2; vertical-align: top; }
        table.entities th { color: #59636e; font-weight: 600; }
        td.number { text-align: right; }
        td.salience { white-space: nowrap; font-variant-numeric: tabular-nums; }
        .bar { display: inline-block; height: .55rem; margin-left: .5rem; background: #6e9ef5; border-radius: 2px; vertical-align: middle; }
        footer { color: #8c959f; font-size: .8rem; }
        </style>
        </head>
        <body>
        <h1>EntityKit analysis</h1>

        """;

    public const string Foot = """
        <footer>Written by <code>entitykit analyze --format html</code>. Hover over a highlighted mention for its type, confidence, source and entity.</footer>
        </body>
        </html>

        """;
}
