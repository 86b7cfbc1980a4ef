namespace EntityKit.Training.Lexicon;

/// <summary>
/// Truncated singular value decomposition of a sparse matrix by randomized range finding with power iterations
/// (Halko, Martinsson and Tropp 2011), orthonormalising with Cholesky QR. Deterministic for a given seed and thread count.
/// </summary>
public static class RandomizedSvd
{
    /// <summary>Computes the leading left singular vectors scaled by <c>σ^exponent</c>.</summary>
    /// <param name="matrix">The sparse matrix (rows are the items to embed).</param>
    /// <param name="rank">Components kept.</param>
    /// <param name="oversampling">Extra random directions for accuracy.</param>
    /// <param name="powerIterations">Power iterations (1–2 suffice for PPMI matrices).</param>
    /// <param name="exponent">Singular value weighting: 0 keeps plain singular vectors, 0.5 the symmetric split, 1 the full scale.</param>
    /// <param name="seed">Seed of the random test matrix.</param>
    /// <param name="threads">Worker threads.</param>
    /// <param name="progress">Receives progress lines; may be null.</param>
    /// <returns>A dense row-major <c>RowCount × rank</c> matrix and the singular values.</returns>
    public static (float[] Embedding, double[] SingularValues) Compute(SparseRows matrix, int rank, int oversampling, int powerIterations, double exponent, ulong seed, int threads, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var width = rank + oversampling;
        var omega = new float[(long)matrix.ColumnCount * width];
        var state = seed;
        for (var i = 0; i < omega.Length; i++)
        {
            omega[i] = (ContextVectorBuilder.SplitMix64(ref state) & 1) == 0 ? 1f : -1f;
        }

        var q = matrix.Multiply(omega, width, threads);
        Orthonormalize(q, matrix.RowCount, width);
        for (var i = 0; i < powerIterations; i++)
        {
            var z = matrix.TransposeMultiply(q, width, threads);
            Orthonormalize(z, matrix.ColumnCount, width);
            q = matrix.Multiply(z, width, threads);
            Orthonormalize(q, matrix.RowCount, width);
            progress?.Invoke($"svd: power iteration {i + 1} done");
        }

        // B = Qᵀ A, held transposed as C = Aᵀ Q (columns × width); B Bᵀ = Cᵀ C.
        var c = matrix.TransposeMultiply(q, width, threads);
        var gram = Gram(c, matrix.ColumnCount, width);
        var (eigenvalues, eigenvectors) = SymmetricEigen(gram, width);
        var order = Enumerable.Range(0, width).OrderByDescending(i => eigenvalues[i]).Take(rank).ToArray();
        var singular = order.Select(i => Math.Sqrt(Math.Max(eigenvalues[i], 0))).ToArray();
        var scale = singular.Select(s => (float)Math.Pow(s, exponent)).ToArray();

        // U = Q × V_B (rows × rank), scaled.
        var embedding = new float[(long)matrix.RowCount * rank];
        var projection = new float[width * rank];
        for (var j = 0; j < rank; j++)
        {
            for (var i = 0; i < width; i++)
            {
                projection[(i * rank) + j] = (float)eigenvectors[(i * width) + order[j]] * scale[j];
            }
        }

        Parallel.For(0, matrix.RowCount, new ParallelOptions { MaxDegreeOfParallelism = threads }, r =>
        {
            var target = embedding.AsSpan(r * rank, rank);
            var source = q.AsSpan(r * width, width);
            for (var i = 0; i < width; i++)
            {
                ContextVectorBuilder.AddScaled(target, projection.AsSpan(i * rank, rank), source[i]);
            }
        });
        progress?.Invoke($"svd: top singular values {string.Join(' ', singular.Take(5).Select(s => s.ToString("F1")))} … {singular[^1]:F1}");
        return (embedding, singular);
    }

    /// <summary>Makes the columns of a dense row-major matrix orthonormal (Cholesky QR applied twice).</summary>
    internal static void Orthonormalize(float[] matrix, int rows, int width)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            var gram = Gram(matrix, rows, width);
            var lower = Cholesky(gram, width);
            var inverseTranspose = InverseUpperFromLower(lower, width);
            var buffer = new double[width];
            for (var r = 0; r < rows; r++)
            {
                var row = matrix.AsSpan(r * width, width);
                Array.Clear(buffer);
                for (var k = 0; k < width; k++)
                {
                    double v = row[k];
                    if (v == 0)
                    {
                        continue;
                    }

                    for (var j = k; j < width; j++)
                    {
                        buffer[j] += v * inverseTranspose[(k * width) + j];
                    }
                }

                for (var j = 0; j < width; j++)
                {
                    row[j] = (float)buffer[j];
                }
            }
        }
    }

    private static double[] Gram(float[] matrix, int rows, int width)
    {
        var gram = new double[width * width];
        var row64 = new double[width];
        for (var r = 0; r < rows; r++)
        {
            var row = matrix.AsSpan(r * width, width);
            for (var i = 0; i < width; i++)
            {
                row64[i] = row[i];
            }

            for (var i = 0; i < width; i++)
            {
                var a = row64[i];
                if (a == 0)
                {
                    continue;
                }

                var offset = i * width;
                for (var j = i; j < width; j++)
                {
                    gram[offset + j] += a * row64[j];
                }
            }
        }

        for (var i = 0; i < width; i++)
        {
            for (var j = 0; j < i; j++)
            {
                gram[(i * width) + j] = gram[(j * width) + i];
            }
        }

        return gram;
    }

    private static double[] Cholesky(double[] a, int n)
    {
        var l = new double[n * n];
        var trace = 0.0;
        for (var i = 0; i < n; i++)
        {
            trace += a[(i * n) + i];
        }

        var jitter = 1e-10 * Math.Max(trace / n, 1e-30);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = a[(i * n) + j];
                for (var k = 0; k < j; k++)
                {
                    sum -= l[(i * n) + k] * l[(j * n) + k];
                }

                if (i == j)
                {
                    l[(i * n) + i] = Math.Sqrt(Math.Max(sum, jitter));
                }
                else
                {
                    l[(i * n) + j] = sum / l[(j * n) + j];
                }
            }
        }

        return l;
    }

    /// <summary>Returns (Lᵀ)⁻¹, an upper-triangular matrix, so that Q = Y (Lᵀ)⁻¹.</summary>
    private static double[] InverseUpperFromLower(double[] l, int n)
    {
        // Solve Lᵀ X = I for upper-triangular X by back substitution, column by column.
        var x = new double[n * n];
        for (var col = 0; col < n; col++)
        {
            for (var i = col; i >= 0; i--)
            {
                var sum = i == col ? 1.0 : 0.0;
                for (var k = i + 1; k <= col; k++)
                {
                    sum -= l[(k * n) + i] * x[(k * n) + col];
                }

                x[(i * n) + col] = sum / l[(i * n) + i];
            }
        }

        return x;
    }

    /// <summary>Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations; eigenvectors are the columns.</summary>
    public static (double[] Values, double[] Vectors) SymmetricEigen(double[] matrix, int n)
    {
        var a = (double[])matrix.Clone();
        var v = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            v[(i * n) + i] = 1;
        }

        for (var sweep = 0; sweep < 100; sweep++)
        {
            double off = 0, diagonal = 0;
            for (var i = 0; i < n; i++)
            {
                diagonal += a[(i * n) + i] * a[(i * n) + i];
                for (var j = i + 1; j < n; j++)
                {
                    off += a[(i * n) + j] * a[(i * n) + j];
                }
            }

            if (off <= 1e-22 * diagonal)
            {
                break;
            }

            for (var p = 0; p < n - 1; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    var apq = a[(p * n) + q];
                    if (Math.Abs(apq) < 1e-300)
                    {
                        continue;
                    }

                    var theta = (a[(q * n) + q] - a[(p * n) + p]) / (2 * apq);
                    var t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
                    if (theta == 0)
                    {
                        t = 1;
                    }

                    var cos = 1 / Math.Sqrt((t * t) + 1);
                    var sin = t * cos;
                    for (var k = 0; k < n; k++)
                    {
                        var akp = a[(k * n) + p];
                        var akq = a[(k * n) + q];
                        a[(k * n) + p] = (cos * akp) - (sin * akq);
                        a[(k * n) + q] = (sin * akp) + (cos * akq);
                    }

                    for (var k = 0; k < n; k++)
                    {
                        var apk = a[(p * n) + k];
                        var aqk = a[(q * n) + k];
                        a[(p * n) + k] = (cos * apk) - (sin * aqk);
                        a[(q * n) + k] = (sin * apk) + (cos * aqk);
                    }

                    for (var k = 0; k < n; k++)
                    {
                        var vkp = v[(k * n) + p];
                        var vkq = v[(k * n) + q];
                        v[(k * n) + p] = (cos * vkp) - (sin * vkq);
                        v[(k * n) + q] = (sin * vkp) + (cos * vkq);
                    }
                }
            }
        }

        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = a[(i * n) + i];
        }

        return (values, v);
    }
}
