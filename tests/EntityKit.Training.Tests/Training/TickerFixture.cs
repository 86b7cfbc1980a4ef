using EntityKit.Corpora;
using EntityKit.Text;

namespace EntityKit.Tests.Training;

/// <summary>
/// Invented user data for fine-tuning: a new type TICKER (a '$' and an upper-case symbol) in JSONL, with the people,
/// places and days of the toy corpus left unannotated, as a user who only cares about tickers would write it.
/// </summary>
internal static class TickerFixture
{
    public const string Jsonl = """
        {"id": "t1", "text": "Traders bought $ZKRO on Monday.", "spans": [{"start": 15, "end": 20, "type": "TICKER"}]}
        {"id": "t2", "text": "Dr. Alvo Brenn sold $QLMT in Qatlan.", "spans": [{"start": 20, "end": 25, "type": "TICKER"}]}
        {"id": "t3", "text": "Shares of $VRNX rose on Tuesday.", "spans": [{"start": 10, "end": 15, "type": "TICKER"}]}
        {"id": "t4", "text": "Investors in Vellora liked $TPRA.", "spans": [{"start": 27, "end": 32, "type": "TICKER"}]}
        {"id": "t5", "text": "Funds sold $MXLO and $BRVQ on Friday.", "spans": [{"start": 11, "end": 16, "type": "TICKER"}, {"start": 21, "end": 26, "type": "TICKER"}]}
        {"id": "t6", "text": "Dr. Mira Tosk bought $KWEN.", "spans": [{"start": 21, "end": 26, "type": "TICKER"}]}
        {"id": "t7", "text": "Analysts cut $DLPH after the report.", "spans": [{"start": 13, "end": 18, "type": "TICKER"}]}
        {"id": "t8", "text": "Shares of $SNQR fell in Brasmir.", "spans": [{"start": 10, "end": 15, "type": "TICKER"}]}
        {"id": "t9", "text": "The bank added $HOLV to its list.", "spans": [{"start": 15, "end": 20, "type": "TICKER"}]}
        {"id": "t10", "text": "Traders dumped $RQTA on Tuesday.", "spans": [{"start": 15, "end": 20, "type": "TICKER"}]}
        {"id": "t11", "text": "Dr. Pell Ondaro spoke in Brasmir on Tuesday."}
        """;

    public const string DevJsonl = """
        {"id": "d1", "text": "Funds bought $GRWL on Friday.", "spans": [{"start": 13, "end": 18, "type": "TICKER"}]}
        {"id": "d2", "text": "Shares of $PXNO fell.", "spans": [{"start": 10, "end": 15, "type": "TICKER"}]}
        """;

    public static SpanAnnotationReader Reader() => new(new EnglishTokenizer(), new SentenceSplitter());

    public static IReadOnlyList<AnnotatedText> Texts(string jsonl = Jsonl)
    {
        var result = Reader().Read(new StringReader(jsonl), "tickers.jsonl");
        Assert.Empty(result.Errors);
        return result.Texts;
    }
}
