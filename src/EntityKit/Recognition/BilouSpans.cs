namespace EntityKit.Recognition;

/// <summary>
/// The labelled spans of a decoded BILOU label sequence, left to right, without allocating: a span runs from its last
/// Begin (or a Unit) to the next Last (or that Unit). The decoders' constraints make every sequence well formed; a
/// Last without a Begin is skipped.
/// </summary>
internal ref struct BilouSpans(ReadOnlySpan<int> labels)
{
    private readonly ReadOnlySpan<int> _labels = labels;
    private int _next;

    /// <summary>The current span: its first label's index and one past its last.</summary>
    public (int Start, int End) Current { get; private set; }

    /// <summary>Lets <c>foreach</c> walk the spans.</summary>
    public readonly BilouSpans GetEnumerator() => this;

    /// <summary>Moves to the next span.</summary>
    public bool MoveNext()
    {
        var start = -1;
        for (; _next < _labels.Length; _next++)
        {
            var part = BilouLabelSet.PartOf(_labels[_next]);
            if (part is BilouPart.Begin or BilouPart.Unit)
            {
                start = _next;
            }

            if (part is BilouPart.Last or BilouPart.Unit && start >= 0)
            {
                Current = (start, ++_next);
                return true;
            }
        }

        return false;
    }
}
