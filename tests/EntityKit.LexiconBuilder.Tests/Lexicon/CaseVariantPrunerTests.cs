using EntityKit.Training.Lexicon;

namespace EntityKit.Tests.Lexicon.Training;

public sealed class CaseVariantPrunerTests
{
    private static HashSet<string> Prune(params (string Word, long Count)[] vocabulary) =>
        new CaseVariantPruner(maxCount: 50, minRatio: 10).FindPrunable(vocabulary.Select(v => v.Word).ToArray(), vocabulary.Select(v => v.Count).ToArray());

    [Fact]
    public void FindPrunable_RareAllCapsVariantOfFrequentName_IsPruned()
    {
        Assert.Equal(["PARIS"], Prune(("Paris", 5000), ("PARIS", 4)));
    }

    [Fact]
    public void FindPrunable_RareCapitalisedVariantOfFrequentWord_IsPruned()
    {
        Assert.Equal(["Maybe"], Prune(("maybe", 900), ("Maybe", 30)));
    }

    [Fact]
    public void FindPrunable_FrequentVariant_IsKept()
    {
        Assert.Empty(Prune(("apple", 2000), ("Apple", 800), ("us", 9000), ("US", 60)));
    }

    [Fact]
    public void FindPrunable_VariantNotMuchRarer_IsKept()
    {
        Assert.Empty(Prune(("Bush", 40), ("bush", 200)));
    }

    [Fact]
    public void FindPrunable_AllCaps_JudgedAgainstTheFirstFallbackPresent()
    {
        // "NASA" is judged against "Nasa" (where the lookup stops first), which is not much more frequent, so NASA
        // stays although the lower-case form is frequent; "Nasa" itself is judged against "nasa" and goes.
        Assert.Equal(["Nasa"], Prune(("NASA", 20), ("Nasa", 30), ("nasa", 5000)));
    }

    [Fact]
    public void FindPrunable_WordWithoutCapitals_IsNeverPruned()
    {
        Assert.Empty(Prune(("colour", 3), ("color", 5000)));
    }
}
