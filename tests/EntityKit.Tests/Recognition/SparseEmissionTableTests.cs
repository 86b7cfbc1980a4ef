using EntityKit.Recognition;

namespace EntityKit.Tests.Recognition;

/// <summary>
/// The emission table stores short rows in their slot, longer rows packed and the longest rows dense; every way of
/// looking a feature up must add exactly the weights it was built with.
/// </summary>
public sealed class SparseEmissionTableTests
{
    private const int LabelCount = 73;

    // Label counts: OntoNotes' 73 (two 32-label blocks, one of 8, one left over), CoNLL's 17 (no 32-label block),
    // and 40 and 96 (blocks only of 32 and 8, none left over; a width above 73).
    [Theory]
    [InlineData(1, 0, LabelCount)]
    [InlineData(2, 1, LabelCount)]
    [InlineData(3, 2, LabelCount)]
    [InlineData(4, 3, LabelCount)]
    [InlineData(5, 3, 17)]
    [InlineData(6, 3, 40)]
    [InlineData(7, 3, 96)]
    public void AddAllAndAddTo_RowsOfEveryLength_AddExactlyTheBuiltWeights(int seed, int extraKeys, int labelCount)
    {
        var random = new Random(seed);
        var rows = RandomRows(random, featureCount: 600, labelCount);
        var table = Build(rows);
        var known = rows.Keys.ToArray();
        for (var trial = 0; trial < 200; trial++)
        {
            var keys = Enumerable.Range(0, random.Next(1, 60))
                .Select(_ => random.Next(4) == 0 ? (ulong)random.NextInt64() | 1UL << 63 : known[random.Next(known.Length)])
                .Concat(Enumerable.Range(0, extraKeys).Select(_ => known[random.Next(known.Length)]))
                .ToArray();
            var expected = new int[labelCount];
            foreach (var key in keys)
            {
                if (rows.TryGetValue(key, out var row))
                {
                    foreach (var (label, weight) in row)
                    {
                        expected[label] += weight;
                    }
                }
            }

            var all = new int[labelCount];
            table.AddAll(keys, all);
            var oneByOne = new int[labelCount];
            foreach (var key in keys)
            {
                table.AddTo(key, oneByOne);
            }

            Assert.Equal(expected, all);
            Assert.Equal(expected, oneByOne);
        }
    }

    [Fact]
    public void Build_TwoKeysWithOneHomeSlotAndFingerprint_StillFindsEach()
    {
        // Two keys of a 16-slot table share their home slot (low 4 bits) and, under the first fingerprint function,
        // their fingerprint: k2·m = k1·m + 16 (mod 2^64), so the high 32 bits agree. The table must tell them apart.
        var m = SparseEmissionTable.FingerprintMultipliers[0];
        var inverse = m;
        for (var i = 0; i < 6; i++)
        {
            inverse *= 2 - m * inverse;
        }

        var step = 16 * (inverse & ((1UL << 60) - 1));
        var k1 = 0x1234_5678_9ABC_DEF3UL;
        while ((uint)(k1 * m) >= uint.MaxValue - 16 || k1 + step < k1)
        {
            k1 += 16;
        }

        var k2 = k1 + step;
        Assert.Equal(k1 & 15, k2 & 15);
        Assert.Equal((uint)((k1 * m) >> 32), (uint)((k2 * m) >> 32));
        var table = new SparseEmissionTable([k1, k2], [0, 1, 2], [1, 2], [5, 7]);

        var first = new int[LabelCount];
        var second = new int[LabelCount];
        table.AddTo(k1, first);
        table.AddTo(k2, second);

        Assert.Equal(5, first[1]);
        Assert.Equal(0, first[2]);
        Assert.Equal(7, second[2]);
        Assert.Equal(0, second[1]);
    }

    [Fact]
    public void AddAll_DenseRow_LeavesScoresAfterTheLabelsUntouched()
    {
        var row = Enumerable.Range(0, LabelCount).Select(label => (Label: (byte)label, Weight: (short)(label - 40))).ToArray();
        var table = Build(new SortedDictionary<ulong, (byte Label, short Weight)[]> { [42] = row });
        var scores = new int[LabelCount + 16];
        Array.Fill(scores, 7);

        table.AddAll([42UL], scores.AsSpan(0, LabelCount));

        Assert.Equal(Enumerable.Range(0, LabelCount).Select(label => 7 + label - 40), scores[..LabelCount]);
        Assert.All(scores[LabelCount..], score => Assert.Equal(7, score));
    }

    private static SortedDictionary<ulong, (byte Label, short Weight)[]> RandomRows(Random random, int featureCount, int labelCount)
    {
        var rows = new SortedDictionary<ulong, (byte Label, short Weight)[]>();
        while (rows.Count < featureCount)
        {
            // Lengths cover the in-slot rows (1, 2), packed rows and dense rows (DenseRowMinimum and more).
            var length = random.Next(4) switch
            {
                0 => random.Next(1, 3),
                1 => random.Next(3, SparseEmissionTable.DenseRowMinimum),
                _ => random.Next(Math.Min(SparseEmissionTable.DenseRowMinimum, labelCount), labelCount + 1),
            };
            var labels = Enumerable.Range(0, labelCount).OrderBy(_ => random.Next()).Take(length).Order();
            rows[(ulong)random.NextInt64() & ~(1UL << 63)] = labels
                .Select(label => ((byte)label, (short)random.Next(short.MinValue, short.MaxValue + 1)))
                .ToArray();
        }

        return rows;
    }

    private static SparseEmissionTable Build(SortedDictionary<ulong, (byte Label, short Weight)[]> rows)
    {
        var rowStarts = new List<int> { 0 };
        var labels = new List<byte>();
        var weights = new List<short>();
        foreach (var row in rows.Values)
        {
            labels.AddRange(row.Select(entry => entry.Label));
            weights.AddRange(row.Select(entry => entry.Weight));
            rowStarts.Add(labels.Count);
        }

        return new SparseEmissionTable([.. rows.Keys], [.. rowStarts], [.. labels], [.. weights]);
    }
}
