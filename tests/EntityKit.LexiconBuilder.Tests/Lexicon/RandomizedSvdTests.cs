using EntityKit.Training.Lexicon;

namespace EntityKit.Tests.Lexicon.Training;

public sealed class RandomizedSvdTests
{
    [Fact]
    public void Compute_DiagonalMatrix_FindsItsSingularValues()
    {
        // A 6×4 matrix with singular values 5, 3, 2, 1 on a permuted diagonal.
        float[] diagonal = [5, 3, 2, 1];
        int[] columnOf = [2, 0, 3, 1];
        var rowStart = new long[7];
        var columns = new List<int>();
        var values = new List<float>();
        for (var r = 0; r < 6; r++)
        {
            rowStart[r] = columns.Count;
            if (r < 4)
            {
                columns.Add(columnOf[r]);
                values.Add(diagonal[r]);
            }
        }

        rowStart[6] = columns.Count;
        var matrix = new SparseRows(6, 4, rowStart, columns.ToArray(), values.ToArray());

        var (embedding, singular) = RandomizedSvd.Compute(matrix, rank: 2, oversampling: 2, powerIterations: 2, exponent: 1, seed: 9, threads: 1);

        Assert.Equal(5, singular[0], 3);
        Assert.Equal(3, singular[1], 3);
        Assert.Equal(5, Math.Abs(embedding[0]), 3);   // row 0 lies on the first component, scaled by σ₁
        Assert.Equal(0, embedding[1], 3);
        Assert.Equal(3, Math.Abs(embedding[3]), 3);   // row 1 on the second, scaled by σ₂
        Assert.All(embedding.Skip(8), v => Assert.Equal(0, v, 3));
    }

    [Fact]
    public void SymmetricEigen_TwoByTwo_ReturnsEigenvalues()
    {
        var (values, _) = RandomizedSvd.SymmetricEigen([2, 1, 1, 2], 2);

        Assert.Equal([1.0, 3.0], values.Order().Select(v => Math.Round(v, 9)));
    }
}
