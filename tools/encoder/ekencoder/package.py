"""Packs an exported tagger (``export_onnx.py``'s directory) as the accurate tier embedded in
``src/EntityKit.Models.English.Accurate/Resources/Model``: the encoder quantised to int8 (``quantize.py``), the
vocabulary and labels, ``tagger.json`` with the combination chosen on dev (``"combination": {"perceptron_weight",
"temperature"}``) and ``manifest.json`` (size and SHA-256 of model.onnx, checked when the package loads it).

    python3 -m ekencoder.package --export /work/encoder-run/onnx-e5 --vocab /work/encoder-run/encoder/vocab.txt \\
        --perceptron-weight 100 --out ../../src/EntityKit.Models.English.Accurate/Resources/Model
"""

import argparse
import hashlib
import json
import os
import shutil

import onnx

from .quantize import quantise


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--export", required=True, help="directory written by ekencoder.export_onnx (fp32)")
    parser.add_argument("--vocab", required=True, help="the encoder's vocab.txt")
    parser.add_argument("--perceptron-weight", type=float, required=True,
                        help="perceptron weight units per nat of the tagger's log-probability (chosen on dev)")
    parser.add_argument("--temperature", type=float, default=1.0, help="the tagger's softmax temperature")
    parser.add_argument("--fp32", action="store_true", help="keep the fp32 encoder (no int8 quantisation)")
    parser.add_argument("--out", required=True, help="the package's Resources/Model directory")
    args = parser.parse_args()
    if args.perceptron_weight <= 0 or args.temperature <= 0:
        raise SystemExit("--perceptron-weight and --temperature must be positive")

    os.makedirs(args.out, exist_ok=True)
    model_path = os.path.join(args.out, "model.onnx")
    if args.fp32:
        shutil.copyfile(os.path.join(args.export, "model.onnx"), model_path)
    else:
        model, _, _ = quantise(onnx.load(os.path.join(args.export, "model.onnx")))
        onnx.save(model, model_path)
    shutil.copyfile(os.path.join(args.export, "labels.txt"), os.path.join(args.out, "labels.txt"))
    shutil.copyfile(args.vocab, os.path.join(args.out, "vocab.txt"))

    with open(os.path.join(args.export, "tagger.json")) as f:
        settings = json.load(f)
    settings["encoder_weights"] = "fp32" if args.fp32 else "int8 (ekencoder.quantize)"
    settings["combination"] = {"perceptron_weight": args.perceptron_weight, "temperature": args.temperature}
    with open(os.path.join(args.out, "tagger.json"), "w") as f:
        json.dump(settings, f, indent=1)
        f.write("\n")

    with open(model_path, "rb") as f:
        data = f.read()
    manifest = {"model_bytes": len(data), "model_sha256": hashlib.sha256(data).hexdigest()}
    with open(os.path.join(args.out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    print(f"wrote {args.out}: model.onnx {len(data) / 1e6:.1f} MB, sha256 {manifest['model_sha256']}")


if __name__ == "__main__":
    main()
