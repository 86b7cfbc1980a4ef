#!/usr/bin/env python3
"""Reads unlabelled news-feed lines ("Headline . Lede ...") on stdin and writes `entitykit analyze` JSONL of their ledes.

The news-feed headlines are mostly Title Case, which neither the teacher nor OntoNotes-style text handles like running
prose, so only the text after the first " . " is kept, and only when it has at least --min-words words. The id is
"u" + the line's 0-based number, so that a lede can be traced back to its line.
"""
import argparse
import json
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--min-words", type=int, default=12)
    args = parser.parse_args()
    kept = words = 0
    for number, line in enumerate(sys.stdin):
        separator = line.find(" . ")
        if separator < 0:
            continue
        lede = line[separator + 3:].strip()
        count = len(lede.split())
        if count < args.min_words:
            continue
        kept += 1
        words += count
        sys.stdout.write(json.dumps({"id": f"u{number}", "text": lede}, ensure_ascii=False) + "\n")
    print(f"{kept} ledes, {words} words", file=sys.stderr)


if __name__ == "__main__":
    main()
