"""Maps the initializers of the MiniLM ONNX export into ekencoder.bert.Bert and checks the port.

Named initializers (embeddings, biases, LayerNorms) keep their names. The weight matrices are anonymous
(onnx::MatMul_N); each feeds a MatMul whose output goes into an Add with a named bias, so a weight is named after
that bias (…bias → …weight) and transposed (ONNX MatMul holds [in, out], torch Linear [out, in]).

usage: python3 -m ekencoder.convert --onnx model.onnx --out encoder.pt
           [--vocab vocab.txt --check-ids ids.txt --check-reference ort-output.txt]
The check compares last_hidden_state with ONNX Runtime's (tools/encoder/dotnet/OrtReference.cs) and fails above --tolerance.
"""
import argparse
import sys

import numpy as np
import onnx
import torch
from onnx import numpy_helper

from .bert import Bert, BertConfig, save_encoder


def consumers_of(graph):
    """Each tensor name → the nodes that take it as input."""
    consumers = {}
    for node in graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    return consumers


def weight_name_of(product, consumers, initializers, where):
    """The name of the weight whose product (a MatMul's output) is added to a named bias: …bias → …weight."""
    adds = [n for n in consumers.get(product, []) if n.op_type == "Add"]
    biases = [i for n in adds for i in n.input if i in initializers and i.endswith(".bias")]
    if len(biases) != 1:
        raise ValueError(f"{where} has no single named bias after it ({biases})")
    return biases[0][: -len("bias")] + "weight"


def onnx_state(model_path):
    graph = onnx.load(model_path).graph
    initializers = {t.name: numpy_helper.to_array(t) for t in graph.initializer}
    consumers = consumers_of(graph)
    state = {}
    for name, value in initializers.items():
        if name.startswith(("embeddings.", "encoder.")) and name != "embeddings.position_ids":
            state[name] = value
    for node in graph.node:
        if node.op_type != "MatMul":
            continue
        weights = [i for i in node.input if i in initializers]
        if not weights:
            continue
        name = weight_name_of(node.output[0], consumers, initializers, f"{model_path}: MatMul {node.name}")
        state[name] = initializers[weights[0]].T.copy()
    return state


def config_of(state):
    layers = 1 + max(int(k.split(".")[2]) for k in state if k.startswith("encoder.layer."))
    vocab, hidden = state["embeddings.word_embeddings.weight"].shape
    return BertConfig(
        vocab_size=vocab, hidden=hidden, layers=layers, heads=hidden // 32,
        intermediate=state["encoder.layer.0.intermediate.dense.weight"].shape[0],
        max_positions=state["embeddings.position_embeddings.weight"].shape[0],
        type_vocab=state["embeddings.token_type_embeddings.weight"].shape[0])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--onnx", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--heads", type=int, help="attention heads (default: hidden / 32, as MiniLM-L6-H384)")
    parser.add_argument("--check-ids", help="word-piece ids, one sentence per line (the reference's input)")
    parser.add_argument("--check-reference", help="ONNX Runtime's last_hidden_state for --check-ids, one line per sentence")
    parser.add_argument("--tolerance", type=float, default=1e-5)
    args = parser.parse_args(argv)

    arrays = onnx_state(args.onnx)
    config = config_of(arrays)
    if args.heads:
        config.heads = args.heads
    state = {k: torch.from_numpy(np.array(v)) for k, v in arrays.items()}
    model = Bert(config)
    missing, unexpected = model.load_state_dict(state, strict=False)
    if missing or unexpected:
        sys.exit(f"{args.onnx}: parameters missing {missing}, unexpected {unexpected}")
    print(f"{args.onnx}: {sum(p.numel() for p in model.parameters()):,} parameters, config {config.to_json()}")
    if args.check_ids:
        model.eval()
        worst = 0.0
        with open(args.check_ids) as ids_file, open(args.check_reference) as ref_file:
            for line, ref_line in zip(ids_file, ref_file):
                ids = torch.tensor([[int(x) for x in line.split()]])
                with torch.no_grad():
                    hidden = model(ids, torch.ones_like(ids))[0].numpy()
                reference = np.array(ref_line.split(), dtype=np.float64).reshape(hidden.shape)
                worst = max(worst, float(np.abs(hidden - reference).max()))
        print(f"largest |torch - onnxruntime| over the check sentences: {worst:.2e}")
        if worst > args.tolerance:
            sys.exit(f"the port differs from ONNX Runtime by {worst:.2e} > {args.tolerance}")
    save_encoder(args.out, config, model.state_dict())
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
