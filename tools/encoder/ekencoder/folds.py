"""Splits a BIO corpus into K folds by document for jackknifed perceptron scores (README: "Design: the perceptron's
per-token scores"): document i goes to fold i mod K. Writes OUT/fold-k.bio (the documents of fold k) and
OUT/without-fold-k.bio (all others, for training the fold's perceptron), in the original order.

usage: python3 -m ekencoder.folds --bio train.bio --folds 5 --out DIR
"""
import argparse
import os


def documents(path):
    """The documents of a BIO file, each as its lines (starting with its -DOCSTART- line when it has one)."""
    current, out = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("-DOCSTART-") and current:
                out.append(current)
                current = []
            current.append(line if line.endswith("\n") else line + "\n")
    if current:
        out.append(current)
    return out


def split(path, folds, out_dir):
    docs = documents(path)
    if folds < 2 or folds > len(docs):
        raise ValueError(f"{path}: {len(docs)} documents cannot make {folds} folds")
    os.makedirs(out_dir, exist_ok=True)
    for k in range(folds):
        with open(os.path.join(out_dir, f"fold-{k}.bio"), "w", encoding="utf-8") as held, \
                open(os.path.join(out_dir, f"without-fold-{k}.bio"), "w", encoding="utf-8") as rest:
            for i, doc in enumerate(docs):
                (held if i % folds == k else rest).writelines(doc)
    return len(docs)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--bio", required=True)
    p.add_argument("--folds", type=int, default=5)
    p.add_argument("--out", required=True)
    args = p.parse_args(argv)
    count = split(args.bio, args.folds, args.out)
    print(f"{args.bio}: {count:,} documents into {args.folds} folds in {args.out}")


if __name__ == "__main__":
    main()
