namespace EntityKit.Text;

/// <summary>Binary searches over tokens in text order.</summary>
internal static class TokenSearch
{
    /// <summary>The index of the first token that ends after <paramref name="offset"/>; the count when none does.</summary>
    public static int FirstEndingAfter(ReadOnlySpan<TokenInfo> tokens, int offset)
    {
        int low = 0, high = tokens.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (tokens[mid].End <= offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
