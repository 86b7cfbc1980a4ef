// Runs an ONNX BERT encoder with Microsoft.ML.OnnxRuntime on word-piece ids and writes last_hidden_state, so that
// tools/encoder/convert_onnx.py can check its PyTorch port against ONNX Runtime.
// Input: a text file, one sentence per line, space-separated word-piece ids (with [CLS] and [SEP]), optionally a tab
// and the space-separated case ids (fed as "case_ids" to a tagger exported by tools/encoder/ekencoder/export_onnx.py).
// Output: one line per sentence, the hidden states (tokens x hidden) as space-separated floats ("R" round-trip format).
// Usage: OrtReference MODEL.onnx IDS.txt OUT.txt
// Compiled by tools/encoder/extract-encoder.sh in a scratch project outside the repository.
using System.Globalization;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

if (args.Length != 3)
{
    Console.Error.WriteLine("usage: OrtReference MODEL.onnx IDS.txt OUT.txt");
    return 2;
}

using var options = new SessionOptions { IntraOpNumThreads = 1 };
using var session = new InferenceSession(args[0], options);
using var output = new StreamWriter(args[2]);
foreach (var line in File.ReadLines(args[1]))
{
    var columns = line.Split('\t');
    var ids = Numbers(columns[0]);
    var cases = columns.Length > 1 ? Numbers(columns[1]) : new long[ids.Length];
    var shape = new[] { 1, ids.Length };
    var inputs = new List<NamedOnnxValue>
    {
        NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(ids, shape)),
        NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(Enumerable.Repeat(1L, ids.Length).ToArray(), shape)),
        NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(new long[ids.Length], shape)),
        NamedOnnxValue.CreateFromTensor("case_ids", new DenseTensor<long>(cases, shape)),
    };
    var wanted = session.InputMetadata.Keys.ToHashSet();
    using var results = session.Run(inputs.Where(i => wanted.Contains(i.Name)).ToList());
    var hidden = results.First().AsEnumerable<float>();
    output.WriteLine(string.Join(' ', hidden.Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
}

return 0;

static long[] Numbers(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToArray();
