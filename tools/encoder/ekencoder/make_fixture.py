"""Writes the tiny accurate-tier fixture the .NET package tests use (no ../shared, no real model needed).

A tiny random BERT tagger (the smoke test's tiny configuration, random case embedding and head, so that its labels
vary) exported to ONNX with the serving interface, its vocabulary, labels.txt and tagger.json (a word-piece budget
of 16, so that windowing is exercised on short text), and wordpiece-cases.tsv: for a table of tokens, the word-piece
ids and the case class that ekencoder.wordpiece gives them — the .NET tokenizer must reproduce it exactly.

usage: python3 -m ekencoder.make_fixture --out DIR   (from tools/encoder; deterministic for a given torch version)
"""
import argparse
import json
import os

import torch

from .bert import BertConfig, TokenTagger, random_bert_state
from .export_onnx import _Export
from .labels import LabelSet
from .wordpiece import WordPieces, case_class

WORDS = """the a an of in on at to and for with by from said says was is were has have had will would not that this
it he she they we his her their its who which as after before over about year years monday tuesday president minister
government police city country company bank university news report people army officials talks visit visited meeting
lloyd austin baghdad iraq united states washington london paris berlin john smith mary jones new york times reuters
kataib hezbollah prime ministry defense party council court river street million billion percent dollars first second
two three four ten hundred january march december week day today yesterday morning evening group club team league
cafe naive ecole don t s de la""".split()
PIECES = ["##s", "##ed", "##ing", "##er", "##a", "##e", "##i", "##o", "##n", "##t", "##r", "##l", "##mir", "bras",
          "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "v", "w", "x", "y",
          "z", "0", "1", "2", "3", "##0", "##1", "##2", "##3", "北", "京", "σ", "ς", "ο", "δ", "##δ", "##ο", "##σ", "##ς"]
PUNCTUATION = list(".,;:!?'\"()[]{}-$%&/@#*+=<>_`~^|\\") + ["«", "»", "—", "–", "’", "“", "”"]
CASES = ["Baghdad", "baghdad", "BAGHDAD", "Brasmir", "brasmirs", "McDonald", "iPhone", "U.S.", "don't", "Don't",
         "$1,000", "1,000", "10", "café", "Café", "ÉCOLE", "naïve", "Zoë", "北京", "ΟΔΟΣ", "οδος", "’s", "'s", "—", "...",
         "(", "Hezbollah-backed", "x" * 101, "xyzzy", "Qqq", "e-mail", "AT&T", "Ａｂｃ", "ǅemal", "ﬁrst", "İstanbul",
         "\u00adsoft", "a\u200bb", "😀", "A😀b", "ª", "Straße", "I", "i", "42nd", "Mr.", "Ph.D.", "°C", "½"]


def write_vocab(path):
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]"] + WORDS + PIECES + PUNCTUATION
    seen, unique = set(), []
    for v in vocab:
        if v not in seen:
            seen.add(v)
            unique.append(v)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(unique) + "\n")
    return len(unique)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", required=True)
    p.add_argument("--seed", type=int, default=11)
    args = p.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    vocab_path = os.path.join(args.out, "vocab.txt")
    config = BertConfig(vocab_size=write_vocab(vocab_path), hidden=32, layers=2, heads=2, intermediate=64, max_positions=64)
    labels = LabelSet()
    tagger = TokenTagger(config, len(labels))
    tagger.bert.load_state_dict(random_bert_state(config, seed=args.seed))
    torch.manual_seed(args.seed + 1)
    torch.nn.init.normal_(tagger.case_embeddings.weight, std=0.5)
    torch.nn.init.normal_(tagger.head.weight, std=0.5)
    torch.nn.init.normal_(tagger.head.bias, std=0.5)
    tagger.eval()
    example = (torch.ones((1, 8), dtype=torch.long), torch.ones((1, 8), dtype=torch.long), torch.zeros((1, 8), dtype=torch.long))
    axes = {0: "batch", 1: "pieces"}
    torch.onnx.export(_Export(tagger).eval(), example, os.path.join(args.out, "model.onnx"), opset_version=14,
                      do_constant_folding=True, input_names=["input_ids", "attention_mask", "case_ids"],
                      output_names=["logits"],
                      dynamic_axes={"input_ids": axes, "attention_mask": axes, "case_ids": axes, "logits": axes})
    with open(os.path.join(args.out, "labels.txt"), "w") as f:
        f.write("\n".join(labels.names) + "\n")
    with open(os.path.join(args.out, "tagger.json"), "w") as f:
        json.dump({"case_classes": ["no letters", "lower", "Title", "ALLCAPS", "mixed"], "max_pieces": 16, "epoch": 0,
                   "config": json.loads(config.to_json()), "dev_raw_f1": None}, f, indent=1)
    pieces = WordPieces(vocab_path)
    with open(os.path.join(args.out, "wordpiece-cases.tsv"), "w", encoding="utf-8") as f:
        f.write("# token (JSON string)\tword-piece ids\tcase class — written by ekencoder.make_fixture from ekencoder.wordpiece\n")
        for token in CASES:
            ids = " ".join(map(str, pieces.token_ids(token)))
            f.write(f"{json.dumps(token)}\t{ids}\t{case_class(token)}\n")
    print(f"wrote {args.out}: vocabulary of {config.vocab_size}, model.onnx {os.path.getsize(os.path.join(args.out, 'model.onnx')):,} bytes")


if __name__ == "__main__":
    main()
