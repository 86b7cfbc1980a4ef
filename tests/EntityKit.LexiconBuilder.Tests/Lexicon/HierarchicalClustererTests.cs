using EntityKit.Training.Lexicon;

namespace EntityKit.Tests.Lexicon.Training;

public sealed class HierarchicalClustererTests
{
    public static TheoryData<int[], int, int[]> Allocations => new()
    {
        { [50, 30, 20], 10, [5, 3, 2] },
        { [1, 99], 10, [1, 9] },          // every parent keeps at least one child
        { [2, 2], 10, [2, 2] },           // never more children than members
        { [10, 10, 10], 4, [2, 1, 1] },   // largest remainder, ties by position
    };

    [Theory]
    [MemberData(nameof(Allocations))]
    public void Allocate_ParentSizes_SplitsChildrenProportionally(int[] sizes, int total, int[] expected)
    {
        Assert.Equal(expected, HierarchicalClusterer.Allocate(sizes, total));
    }

    [Fact]
    public void SphericalKMeans_TwoDirections_SeparatesThem()
    {
        var values = new List<float>();
        var random = new Random(3);
        for (var i = 0; i < 40; i++)
        {
            var noise = (float)(random.NextDouble() * 0.1);
            values.AddRange(i < 20 ? [1f, noise] : [noise, 1f]);
        }

        var vectors = new WordVectors(Enumerable.Range(0, 40).Select(i => $"w{i}").ToArray(), new long[40], 2, values.ToArray());
        for (var r = 0; r < 40; r++)
        {
            var row = vectors.Values.AsSpan(r * 2, 2);
            var norm = MathF.Sqrt((row[0] * row[0]) + (row[1] * row[1]));
            row[0] /= norm;
            row[1] /= norm;
        }

        var assignment = SphericalKMeans.Cluster(vectors, Enumerable.Range(0, 40).ToArray(), 2, 10, 1, 1);

        Assert.Single(assignment.Take(20).Distinct());
        Assert.Single(assignment.Skip(20).Distinct());
        Assert.NotEqual(assignment[0], assignment[39]);
    }
}
