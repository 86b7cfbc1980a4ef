namespace EntityKit.Training.Lexicon;

/// <summary>A sparse matrix in compressed-row form: row <c>r</c> holds <see cref="Columns"/> and <see cref="Values"/> from <see cref="RowStart"/>[r] up to <see cref="RowStart"/>[r + 1].</summary>
/// <param name="RowCount">Rows.</param>
/// <param name="ColumnCount">Columns.</param>
/// <param name="RowStart">Offsets, <c>RowCount + 1</c> items.</param>
/// <param name="Columns">Column of each stored value.</param>
/// <param name="Values">The stored values.</param>
public sealed record SparseRows(int RowCount, int ColumnCount, long[] RowStart, int[] Columns, float[] Values)
{
    /// <summary>Computes <c>this × right</c> for a dense row-major <c>ColumnCount × width</c> matrix.</summary>
    /// <param name="right">The dense matrix.</param>
    /// <param name="width">Its number of columns.</param>
    /// <param name="threads">Worker threads.</param>
    /// <returns>A dense row-major <c>RowCount × width</c> matrix.</returns>
    public float[] Multiply(float[] right, int width, int threads)
    {
        ArgumentNullException.ThrowIfNull(right);
        var result = new float[(long)RowCount * width];
        Parallel.For(0, RowCount, new ParallelOptions { MaxDegreeOfParallelism = threads }, r =>
        {
            var target = result.AsSpan(r * width, width);
            for (var i = RowStart[r]; i < RowStart[r + 1]; i++)
            {
                ContextVectorBuilder.AddScaled(target, right.AsSpan(Columns[i] * width, width), Values[i]);
            }
        });
        return result;
    }

    /// <summary>Computes <c>thisᵀ × left</c> for a dense row-major <c>RowCount × width</c> matrix.</summary>
    /// <param name="left">The dense matrix.</param>
    /// <param name="width">Its number of columns.</param>
    /// <param name="threads">Worker threads (each keeps its own partial sum).</param>
    /// <returns>A dense row-major <c>ColumnCount × width</c> matrix.</returns>
    public float[] TransposeMultiply(float[] left, int width, int threads)
    {
        ArgumentNullException.ThrowIfNull(left);
        var parts = Math.Max(1, threads);
        var partials = new float[parts][];
        var chunk = (RowCount + parts - 1) / parts;
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = threads }, p =>
        {
            var sum = new float[(long)ColumnCount * width];
            var end = Math.Min(RowCount, (p + 1) * chunk);
            for (var r = p * chunk; r < end; r++)
            {
                var source = left.AsSpan(r * width, width);
                for (var i = RowStart[r]; i < RowStart[r + 1]; i++)
                {
                    ContextVectorBuilder.AddScaled(sum.AsSpan(Columns[i] * width, width), source, Values[i]);
                }
            }

            partials[p] = sum;
        });

        var result = partials[0];
        for (var p = 1; p < parts; p++)
        {
            for (var i = 0; i < result.Length; i++)
            {
                result[i] += partials[p][i];
            }
        }

        return result;
    }
}
