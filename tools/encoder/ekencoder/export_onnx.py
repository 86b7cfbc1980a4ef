"""Exports a trained tagger (best.pt as written by ekencoder.train) to ONNX for .NET serving.

Inputs: input_ids, attention_mask, case_ids (int64, [batch, pieces]); output: logits [batch, pieces, labels] — the
C# side reads each token's first piece, adds its own scores and decodes with the constrained BILOU Viterbi.
Writes OUTDIR/model.onnx, OUTDIR/labels.txt (one label a line, in the logits' order) and OUTDIR/tagger.json (the
case classes, word-piece budget, dev scores). The vocabulary is the encoder's (copy vocab.txt beside it).

usage: python3 -m ekencoder.export_onnx --model best.pt --out DIR [--check]
--check compares ONNX Runtime's logits (through OrtReference, --ortref DLL) with torch's on random input.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

import numpy as np
import onnx
import torch

from .bert import BertConfig, TokenTagger


class _Export(torch.nn.Module):
    def __init__(self, tagger):
        super().__init__()
        self.tagger = tagger

    def forward(self, input_ids, attention_mask, case_ids):
        return self.tagger.tagger_logits(input_ids, attention_mask, case_ids)


def stacking_settings(tagger):
    """A stacked tagger's layer over the perceptron's max-marginals, for tagger.json (served outside the ONNX graph,
    which holds the encoder and head only): logits += weight · (max(s, floor) / unit) + bias; None for a plain tagger."""
    if tagger.perceptron is None:
        return None
    from .bert import PERCEPTRON_FLOOR, PERCEPTRON_UNIT
    return {"unit": PERCEPTRON_UNIT, "floor": PERCEPTRON_FLOOR,
            "weight": tagger.perceptron.weight.detach().tolist(), "bias": tagger.perceptron.bias.detach().tolist()}


def load_tagger(path):
    saved = torch.load(path, map_location="cpu")
    config = BertConfig.from_dict(saved["config"])
    tagger = TokenTagger(config, len(saved["labels"]), perceptron_inputs=saved.get("perceptron_inputs", 0))
    tagger.load_state_dict(saved["model"])
    tagger.eval()
    return tagger, saved


def export(model_path, out_dir, opset=14):
    tagger, saved = load_tagger(model_path)
    os.makedirs(out_dir, exist_ok=True)
    onnx_path = os.path.join(out_dir, "model.onnx")
    example = (torch.ones((1, 8), dtype=torch.long), torch.ones((1, 8), dtype=torch.long), torch.zeros((1, 8), dtype=torch.long))
    axes = {0: "batch", 1: "pieces"}
    torch.onnx.export(_Export(tagger).eval(), example, onnx_path, opset_version=opset, do_constant_folding=True,
                      input_names=["input_ids", "attention_mask", "case_ids"], output_names=["logits"],
                      dynamic_axes={"input_ids": axes, "attention_mask": axes, "case_ids": axes, "logits": axes})
    onnx.checker.check_model(onnx.load(onnx_path))
    with open(os.path.join(out_dir, "labels.txt"), "w") as f:
        f.write("\n".join(saved["labels"]) + "\n")
    with open(os.path.join(out_dir, "tagger.json"), "w") as f:
        json.dump({"case_classes": ["no letters", "lower", "Title", "ALLCAPS", "mixed"], "max_pieces": saved.get("max_pieces"),
                   "pack": bool(saved.get("pack", False)), "epoch": saved.get("epoch"), "config": saved["config"],
                   "dev_raw_f1": saved.get("dev", {}).get("raw", {}).get("f1"), "stacking": stacking_settings(tagger)}, f, indent=1)
    return tagger, onnx_path


def check_with_onnxruntime(tagger, onnx_path, ortref, sentences=3, seed=0):
    """Largest |ONNX Runtime − torch| over a few random sequences, run through the .NET OrtReference program."""
    tagger.eval()
    rng = np.random.default_rng(seed)
    vocab = tagger.bert.config.vocab_size
    with tempfile.TemporaryDirectory() as tmp:
        ids_path, out_path = os.path.join(tmp, "ids.txt"), os.path.join(tmp, "out.txt")
        inputs = []
        with open(ids_path, "w") as f:
            for n in rng.integers(3, 20, sentences):
                ids, cases = rng.integers(0, vocab, n), rng.integers(0, 5, n)
                inputs.append((ids, cases))
                f.write(" ".join(map(str, ids)) + "\t" + " ".join(map(str, cases)) + "\n")
        subprocess.run(["dotnet", ortref, onnx_path, ids_path, out_path], check=True)
        worst = 0.0
        with open(out_path) as f:
            for (ids, cases), line in zip(inputs, f):
                t = lambda a: torch.tensor(a, dtype=torch.long).unsqueeze(0)
                with torch.no_grad():
                    expected = tagger(t(ids), torch.ones_like(t(ids)), t(cases))[0].numpy()
                actual = np.array(line.split(), dtype=np.float64).reshape(expected.shape)
                worst = max(worst, float(np.abs(actual - expected).max()))
    return worst


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--check", action="store_true")
    p.add_argument("--ortref", default="/work/encoder-run/scratch/ortref/bin/Release/net10.0/ortref.dll")
    p.add_argument("--tolerance", type=float, default=1e-4)
    args = p.parse_args(argv)
    tagger, onnx_path = export(args.model, args.out)
    print(f"wrote {onnx_path} ({os.path.getsize(onnx_path) / 1e6:.1f} MB)")
    if args.check:
        worst = check_with_onnxruntime(tagger, onnx_path, args.ortref)
        print(f"largest |onnxruntime - torch| logit difference: {worst:.2e}")
        if worst > args.tolerance:
            sys.exit(f"the ONNX export differs from torch by {worst:.2e} > {args.tolerance}")


if __name__ == "__main__":
    main()
