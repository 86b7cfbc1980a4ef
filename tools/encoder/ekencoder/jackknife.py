"""Puts the jackknifed perceptron scores of the K folds back into the training file's document order (README: "Design:
the perceptron's per-token scores for the combination").

Fold k holds the documents i with i mod K == k, in order (ekencoder.folds), so its export's document j is the original
document j * K + k. Each fold's export (`entitykit export-tokens --gold fold-k.bio --model fold-k.ekm --scores`) must
agree with the reference file (the export without scores, e.g. RUN/data/train.jsonl) on every document's entities and
every sentence's tokens, offsets and gold labels; the output is the reference with each sentence's "scores" (and the
fold model's "model" labels) added. Also checks a single scored export against its reference (K = 1), e.g. dev.

    python3 -m ekencoder.jackknife --reference RUN/data/train.jsonl --folds RUN/stack/fold-0.jsonl ... fold-4.jsonl \
        --out RUN/stack/train-scores.jsonl
"""
import argparse
import json
import os
import sys

CHECKED = ("tokens", "starts", "ends", "labels")


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [line for line in f]


def merge(reference, scored, where):
    """The reference document with the scored one's "scores" and "model" per sentence, after checking they agree."""
    if reference["entities"] != scored["entities"] or reference["text_length"] != scored["text_length"]:
        raise ValueError(f"{where}: the documents differ (entities or text length)")
    if len(reference["sentences"]) != len(scored["sentences"]):
        raise ValueError(f"{where}: {len(reference['sentences'])} sentences against {len(scored['sentences'])}")
    for s, (a, b) in enumerate(zip(reference["sentences"], scored["sentences"])):
        for key in CHECKED:
            if a[key] != b[key]:
                raise ValueError(f"{where}, sentence {s}: {key} differ")
        if len(b["scores"]) != len(a["tokens"]):
            raise ValueError(f"{where}, sentence {s}: {len(b['scores'])} score rows for {len(a['tokens'])} tokens")
        if "model" in a and a["model"] != b["model"]:
            raise ValueError(f"{where}, sentence {s}: the perceptron's labels differ from the reference's")
        a["scores"] = b["scores"]
        a["model"] = b["model"]
    return reference


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reference", required=True, help="the export without scores, in the original document order")
    parser.add_argument("--folds", required=True, nargs="+", help="the scored exports of fold 0, 1, ..., K-1, in order")
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    k = len(args.folds)
    folds = [read_lines(path) for path in args.folds]
    reference = read_lines(args.reference)
    if sum(len(f) for f in folds) != len(reference):
        sys.exit(f"the folds hold {sum(len(f) for f in folds)} documents, the reference {len(reference)}")
    tokens = 0
    with open(args.out + ".tmp", "w", encoding="utf-8") as out:
        for i, line in enumerate(reference):
            record = json.loads(line)
            fold, j = i % k, i // k
            scored = json.loads(folds[fold][j])
            merged = merge(record, scored, f"document {i} (fold {fold}, document {j})")
            merged["doc"] = i
            tokens += sum(len(s["tokens"]) for s in merged["sentences"])
            out.write(json.dumps(merged, separators=(",", ":")) + "\n")
    os.replace(args.out + ".tmp", args.out)
    print(f"wrote {args.out}: {len(reference):,} documents, {tokens:,} tokens, scores from {k} fold(s); all agree with {args.reference}")


if __name__ == "__main__":
    main()
