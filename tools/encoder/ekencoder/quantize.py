"""Dynamic int8 quantisation of an exported tagger (``export_onnx.py``'s model.onnx), written with python3-onnx alone
(Debian has no onnxruntime for Python).

* Every ``MatMul`` whose right operand is a 2-D weight initializer ``[K, N]`` becomes
  ``DynamicQuantizeLinear(A) → MatMulInteger(A_q, W_q, A_zero, 0) → Cast → × (A_scale · W_scale[N])``: the
  activations are quantised per call (uint8, asymmetric, one scale per tensor), the weights once here (int8,
  symmetric, **one scale per output column**: per-tensor scales moved the hidden states noticeably, per-column ones
  little — ../shared/research/encoder-probe.md).
* The word-piece embedding table (52% of the parameters) is stored as int8 with one scale per row and dequantised
  after the ``Gather``: ``Cast(Gather(E_q, ids)) × Gather(scales, ids)``.

Everything else (LayerNorm, the small embedding tables, biases, attention products of activations) stays fp32. The
graph's interface is unchanged, so ``AccurateEnglishModel.Load`` serves either file.

    python3 -m ekencoder.quantize --model DIR/model.onnx --out DIR_INT8/model.onnx
"""

import argparse
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

WORD_EMBEDDINGS = "tagger.bert.embeddings.word_embeddings.weight"


def quantise_columns(weight: np.ndarray):
    """int8 symmetric quantisation with one scale per column of a [K, N] matrix."""
    largest = np.abs(weight).max(axis=0)
    scales = np.where(largest > 0, largest / 127.0, 1.0).astype(np.float32)
    quantised = np.clip(np.rint(weight / scales), -127, 127).astype(np.int8)
    return quantised, scales


def quantise_rows(table: np.ndarray):
    """int8 symmetric quantisation with one scale per row of a [V, H] table."""
    quantised, scales = quantise_columns(table.T)
    return np.ascontiguousarray(quantised.T), scales


def quantise(model: onnx.ModelProto) -> tuple[onnx.ModelProto, int, bool]:
    graph = model.graph
    initializers = {i.name: i for i in graph.initializer}
    uses = {}
    for node in graph.node:
        for name in node.input:
            uses[name] = uses.get(name, 0) + 1

    new_nodes = []
    new_initializers = []
    dropped = set()
    matmuls = 0
    embeddings = False
    for node in graph.node:
        weight_name = node.input[1] if node.op_type == "MatMul" and len(node.input) == 2 else None
        if weight_name in initializers and len(initializers[weight_name].dims) == 2 and uses[weight_name] == 1:
            matmuls += 1
            stem = node.name or f"matmul_{matmuls}"
            stem = stem.replace("/", "_").strip("_")
            weight = numpy_helper.to_array(initializers[weight_name]).astype(np.float32)
            quantised, scales = quantise_columns(weight)
            dropped.add(weight_name)
            new_initializers += [
                numpy_helper.from_array(quantised, f"{stem}.w_q"),
                numpy_helper.from_array(scales, f"{stem}.w_scale"),
                numpy_helper.from_array(np.zeros(scales.shape, np.int8), f"{stem}.w_zero"),
            ]
            a = node.input[0]
            new_nodes += [
                helper.make_node("DynamicQuantizeLinear", [a], [f"{stem}.a_q", f"{stem}.a_scale", f"{stem}.a_zero"],
                                 name=f"{stem}.quantise"),
                helper.make_node("MatMulInteger", [f"{stem}.a_q", f"{stem}.w_q", f"{stem}.a_zero", f"{stem}.w_zero"],
                                 [f"{stem}.y_int"], name=f"{stem}.matmul_integer"),
                helper.make_node("Cast", [f"{stem}.y_int"], [f"{stem}.y_float"], to=TensorProto.FLOAT,
                                 name=f"{stem}.cast"),
                helper.make_node("Mul", [f"{stem}.a_scale", f"{stem}.w_scale"], [f"{stem}.scale"],
                                 name=f"{stem}.scale"),
                helper.make_node("Mul", [f"{stem}.y_float", f"{stem}.scale"], list(node.output), name=f"{stem}.rescale"),
            ]
            continue

        if node.op_type == "Gather" and node.input[0] == WORD_EMBEDDINGS and uses[WORD_EMBEDDINGS] == 1:
            embeddings = True
            table = numpy_helper.to_array(initializers[WORD_EMBEDDINGS]).astype(np.float32)
            quantised, scales = quantise_rows(table)
            dropped.add(WORD_EMBEDDINGS)
            ids = node.input[1]
            new_initializers += [
                numpy_helper.from_array(quantised, "word_embeddings.q"),
                numpy_helper.from_array(scales, "word_embeddings.scale"),
                numpy_helper.from_array(np.array([-1], np.int64), "word_embeddings.last_axis"),
            ]
            new_nodes += [
                helper.make_node("Gather", ["word_embeddings.q", ids], ["word_embeddings.rows_q"], axis=0,
                                 name="word_embeddings.gather_q"),
                helper.make_node("Cast", ["word_embeddings.rows_q"], ["word_embeddings.rows"], to=TensorProto.FLOAT,
                                 name="word_embeddings.cast"),
                helper.make_node("Gather", ["word_embeddings.scale", ids], ["word_embeddings.row_scale"], axis=0,
                                 name="word_embeddings.gather_scale"),
                helper.make_node("Unsqueeze", ["word_embeddings.row_scale", "word_embeddings.last_axis"],
                                 ["word_embeddings.row_scale_column"], name="word_embeddings.unsqueeze"),
                helper.make_node("Mul", ["word_embeddings.rows", "word_embeddings.row_scale_column"], list(node.output),
                                 name="word_embeddings.dequantise"),
            ]
            continue

        new_nodes.append(node)

    kept = [i for i in graph.initializer if i.name not in dropped]
    del graph.node[:]
    graph.node.extend(new_nodes)
    del graph.initializer[:]
    graph.initializer.extend(kept + new_initializers)
    onnx.checker.check_model(model)
    return model, matmuls, embeddings


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", required=True, help="fp32 model.onnx written by ekencoder.export_onnx")
    parser.add_argument("--out", required=True, help="the int8 model.onnx to write")
    args = parser.parse_args()
    model = onnx.load(args.model)
    model, matmuls, embeddings = quantise(model)
    if matmuls == 0:
        raise SystemExit(f"{args.model}: no MatMul with a weight initializer found; is it an ekencoder export?")
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    onnx.save(model, args.out)
    print(f"wrote {args.out} ({os.path.getsize(args.out) / 1e6:.1f} MB): {matmuls} weight MatMuls int8 per column"
          f"{', word-piece embeddings int8 per row' if embeddings else ''}")


if __name__ == "__main__":
    main()
