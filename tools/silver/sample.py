#!/usr/bin/env python3
"""Shuffles `entitykit analyze` JSONL with a seed, drops repeated texts, and keeps articles up to --words words."""
import argparse
import json
import random


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--in", dest="source", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--words", type=int, required=True)
    parser.add_argument("--seed", type=int, default=20261206)
    args = parser.parse_args()
    with open(args.source, encoding="utf-8") as handle:
        lines = handle.readlines()
    random.seed(args.seed)
    random.shuffle(lines)
    seen = set()
    kept = words = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for line in lines:
            text = json.loads(line)["text"]
            if text in seen:
                continue
            seen.add(text)
            out.write(line)
            kept += 1
            words += len(text.split())
            if words >= args.words:
                break
    print(f"{kept} articles, {words} words")


if __name__ == "__main__":
    main()
