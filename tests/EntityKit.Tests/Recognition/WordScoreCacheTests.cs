using EntityKit.Recognition;
using FsCheck;
using FsCheck.Xunit;

namespace EntityKit.Tests.Recognition;

/// <summary>
/// The word cache keeps a fixed number of words; when full, a word not used recently gives its slot up, but never a
/// word of the sentence being scored.
/// </summary>
public sealed class WordScoreCacheTests
{
    [Fact]
    public void GetOrAdd_NewWord_IsAddedOnceThenFound()
    {
        var cache = new WordScoreCache(4);
        cache.BeginSentence();

        var slot = cache.GetOrAdd(17, out var added);
        var again = cache.GetOrAdd(17, out var addedAgain);

        Assert.True(added);
        Assert.False(addedAgain);
        Assert.Equal(slot, again);
        Assert.Equal(slot, cache.Find(17));
        Assert.Equal(-1, cache.Find(18));
    }

    [Fact]
    public void GetOrAdd_FullCache_GivesUpAWordNotUsedSinceTheHandPassed()
    {
        var cache = new WordScoreCache(3);
        cache.BeginSentence();
        foreach (var key in new ulong[] { 1, 2, 3 })
        {
            cache.GetOrAdd(key, out _);
        }

        cache.BeginSentence();
        cache.GetOrAdd(4, out _); // the hand clears 1, 2 and 3's use bits, then gives up 1
        cache.BeginSentence();
        cache.GetOrAdd(2, out _); // 2 is used again
        cache.GetOrAdd(5, out _); // so 3 goes, not 2

        Assert.Equal(-1, cache.Find(1));
        Assert.Equal(-1, cache.Find(3));
        Assert.True(cache.Find(2) >= 0);
        Assert.True(cache.Find(4) >= 0);
        Assert.True(cache.Find(5) >= 0);
        Assert.Equal(3, cache.Count);
    }

    [Property(MaxTest = 200)]
    public bool GetOrAdd_AnySentences_KeepEveryWordOfTheCurrentSentenceInItsOwnSlot(PositiveInt capacitySeed, int seed)
    {
        var capacity = 1 + capacitySeed.Get % 16;
        var random = new Random(seed);
        var cache = new WordScoreCache(capacity);
        for (var sentence = 0; sentence < 30; sentence++)
        {
            cache.BeginSentence();
            var slots = new Dictionary<ulong, int>();
            var length = random.Next(1, capacity + 1);
            for (var t = 0; t < length; t++)
            {
                var key = (ulong)random.Next(3 * capacity);
                var slot = cache.GetOrAdd(key, out _);
                if (slot < 0 || slot >= capacity || (slots.TryGetValue(key, out var earlier) && earlier != slot))
                {
                    return false;
                }

                slots[key] = slot;
            }

            // Every word of the sentence is still there, each in a slot of its own.
            if (slots.Any(pair => cache.Find(pair.Key) != pair.Value) || slots.Values.Distinct().Count() != slots.Count)
            {
                return false;
            }
        }

        return cache.Count <= capacity;
    }
}
