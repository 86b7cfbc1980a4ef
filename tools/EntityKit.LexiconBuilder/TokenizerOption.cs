using System.CommandLine;
using EntityKit.Training.Lexicon;

namespace EntityKit.LexiconBuilder;

/// <summary>The <c>--tokenizer</c> option shared by the commands: which tokenisation artifact keys follow.</summary>
internal static class TokenizerOption
{
    public static Option<string> Create() => new("--tokenizer")
    {
        Description = "english (the analyzer's EnglishTokenizer) or ptb-like (offline Treebank approximation).",
        DefaultValueFactory = _ => "english",
    };

    public static TokenStringSplitter Splitter(string name) => name switch
    {
        "english" => TokenStringSplitters.English(),
        "ptb-like" => TokenStringSplitters.PtbLike(),
        _ => throw new ArgumentException($"Unknown tokenizer '{name}' (english or ptb-like)."),
    };
}
