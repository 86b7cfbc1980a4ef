"""Recovers a trainable tagger (a best.pt for ``train --init-from``) from a packaged int8 model.onnx.

Run folders live outside the repository and do not always survive a session; the shipped model does. Its weights
are what ``ekencoder.quantize`` left of the trained tagger:

* each weight ``MatMul`` became ``MatMulInteger(A_q, STEM.w_q) → Cast → Mul(·, A_scale · STEM.w_scale)``
  (``STEM.rescale``), followed, as in the fp32 export, by an ``Add`` with a named bias: the weight is dequantised
  (``w_q × w_scale`` per output column), named after that bias (…bias → …weight) and transposed ([in, out] → torch's
  [out, in]), as ``ekencoder.convert`` names the pretrained encoder's anonymous weights;
* the word-piece embeddings are int8 with one scale per row; training keeps them frozen, so they are taken exactly
  from the pretrained encoder (``--encoder encoder.pt``) after checking that quantising its table gives the packaged
  rows and scales exactly;
* everything else (LayerNorms, biases, position and type embeddings, the case embedding, the head) is fp32 and named.

The recovered tagger equals the trained one up to the int8 rounding of its weight matrices (at most half a step per
weight); a continuation run retrains through that. Each column's largest weight lies on the int8 grid, so exporting
and packaging the recovered tagger gives the packaged model.onnx again, byte for byte.

    python3 -m ekencoder.recover --model src/EntityKit.Models.English.Accurate/Resources/Model \\
        --encoder RUN/encoder/encoder.pt --out RUN/run/best.pt
"""
import argparse
import json
import os
import sys

import numpy as np
import onnx
import torch
from onnx import numpy_helper

from .bert import BertConfig, TokenTagger, load_encoder
from .convert import consumers_of, weight_name_of
from .quantize import WORD_EMBEDDINGS, quantise_rows
from .train import atomic_save

PREFIX = "tagger."


def dequantised_weights(graph, initializers):
    """torch-named [out, in] weight matrices of every quantised MatMul of the graph."""
    consumers = consumers_of(graph)
    weights = {}
    for node in graph.node:
        if node.op_type != "Mul" or not node.name.endswith(".rescale"):
            continue
        stem = node.name[: -len(".rescale")]
        quantised, scales = initializers.get(f"{stem}.w_q"), initializers.get(f"{stem}.w_scale")
        if quantised is None or scales is None:
            raise ValueError(f"{stem}: a rescale without {stem}.w_q / {stem}.w_scale; is this an ekencoder.quantize model?")
        name = weight_name_of(node.output[0], consumers, initializers, f"the weight of {stem}")
        weights[name.removeprefix(PREFIX)] = (quantised.astype(np.float32) * scales[None, :]).T.copy()
    return weights


def check_word_embeddings(initializers, pretrained: np.ndarray):
    """The packaged per-row int8 table must be the pretrained table as ekencoder.quantize rounds it (the run kept it
    frozen)."""
    packaged, scales = initializers["word_embeddings.q"], initializers["word_embeddings.scale"]
    if packaged.shape != pretrained.shape:
        raise ValueError(f"word-piece embeddings {packaged.shape} in the model, {pretrained.shape} in the encoder")
    expected, expected_scales = quantise_rows(pretrained.astype(np.float32))
    rows = int((packaged != expected).any(axis=1).sum() + (scales != expected_scales).sum())
    if rows:
        raise ValueError(f"the packaged word-piece embeddings are not the encoder's ({rows} rows or scales differ from "
                         "its quantised table): were they trained, or is this another encoder?")


def recover(model_dir, encoder_path):
    graph = onnx.load(os.path.join(model_dir, "model.onnx")).graph
    initializers = {t.name: numpy_helper.to_array(t) for t in graph.initializer}
    with open(os.path.join(model_dir, "tagger.json")) as f:
        settings = json.load(f)
    with open(os.path.join(model_dir, "labels.txt")) as f:
        labels = [line.strip() for line in f if line.strip()]
    config = BertConfig.from_dict(settings["config"])

    state = {name.removeprefix(PREFIX): value for name, value in initializers.items() if name.startswith(PREFIX)}
    state.update(dequantised_weights(graph, initializers))
    _, pretrained = load_encoder(encoder_path)
    table = torch.as_tensor(pretrained["embeddings.word_embeddings.weight"])
    check_word_embeddings(initializers, table.numpy())
    state[WORD_EMBEDDINGS.removeprefix(PREFIX)] = table

    tagger = TokenTagger(config, len(labels))
    expected = tagger.state_dict()
    tensors = {}
    for name, value in state.items():
        if name not in expected:
            continue  # constants of the export (e.g. position ids), not parameters
        tensor = torch.as_tensor(np.array(value)) if not torch.is_tensor(value) else value.clone()
        if tuple(tensor.shape) != tuple(expected[name].shape):
            raise ValueError(f"{name}: shape {tuple(tensor.shape)} in the model, {tuple(expected[name].shape)} expected")
        tensors[name] = tensor.to(expected[name].dtype)
    missing = sorted(set(expected) - set(tensors))
    if missing:
        raise ValueError(f"{model_dir}: parameters not found in the model: {missing}")
    tagger.load_state_dict(tensors)
    saved = {"config": settings["config"], "labels": labels, "model": tagger.state_dict(),
             "max_pieces": settings.get("max_pieces"), "pack": bool(settings.get("pack", False)), "epoch": settings.get("epoch"),
             "dev": {"raw": {"f1": settings.get("dev_raw_f1")}}, "recovered_from": os.path.abspath(model_dir)}
    return saved


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", required=True, help="the packaged model folder (model.onnx, tagger.json, labels.txt)")
    parser.add_argument("--encoder", required=True, help="the pretrained encoder.pt (ekencoder.convert)")
    parser.add_argument("--out", required=True, help="the best.pt to write")
    args = parser.parse_args(argv)
    try:
        saved = recover(args.model, args.encoder)
    except (ValueError, KeyError, FileNotFoundError) as error:
        sys.exit(f"{args.model}: {error}")
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    atomic_save(saved, args.out)
    parameters = sum(t.numel() for t in saved["model"].values())
    print(f"wrote {args.out}: {parameters:,} parameters, {len(saved['labels'])} labels, epoch {saved['epoch']}; "
          "word-piece embeddings are the encoder's")


if __name__ == "__main__":
    main()
