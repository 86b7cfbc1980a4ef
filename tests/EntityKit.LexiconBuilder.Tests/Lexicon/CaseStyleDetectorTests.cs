using EntityKit.Training.Lexicon;

namespace EntityKit.Tests.Lexicon.Training;

public sealed class CaseStyleDetectorTests
{
    public static TheoryData<string, bool> Cases => new()
    {
        { "Texas Sues Biden Administration Over Pharmacy Guidance", true },
        { "ALL THE NEWS THAT FITS THE PAGE", true },
        { "Texas sues Biden administration over pharmacies filling prescriptions", false },
        { "The announcement came on Disney 's earnings call on Wednesday .", false },
        { "Short One", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void IsHeadlineCase_Segment_DetectsTitleAndAllCaps(string segment, bool expected)
    {
        Assert.Equal(expected, CaseStyleDetector.IsHeadlineCase(segment.Split(' ')));
    }
}
