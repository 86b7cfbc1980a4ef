"""Writes the accent-folding table of the .NET word-piece tokenizer (EntityKit.Models.English.Accurate).

ekencoder.wordpiece normalises a lower-cased token with NFD and drops the non-spacing marks (Mn) and C* characters.
.NET in invariant-globalization mode (which EntityKit's projects use) has no Unicode normalisation, so the .NET side
reads this table instead: for every code point whose canonical decomposition differs from itself (Hangul syllables
excepted: they decompose algorithmically), the decomposition with Mn and C* characters removed, as hex code points.

usage: python3 -m ekencoder.accent_table --out ../../src/EntityKit.Models.English.Accurate/Resources/accent-folding.tsv
"""
import argparse
import sys
import unicodedata


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", required=True)
    args = p.parse_args(argv)
    rows = []
    for cp in range(sys.maxunicode + 1):
        if 0xAC00 <= cp <= 0xD7A3 or 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        nfd = unicodedata.normalize("NFD", c)
        if nfd == c:
            continue
        kept = [d for d in nfd if unicodedata.category(d) != "Mn" and unicodedata.category(d)[0] != "C" and ord(d) != 0xFFFD]
        rows.append(f"{cp:04X}\t{' '.join(f'{ord(d):04X}' for d in kept)}")
    with open(args.out, "w", encoding="ascii") as f:
        f.write(f"# code point\tNFD without Mn/C* (Unicode {unicodedata.unidata_version}; ekencoder.accent_table)\n")
        f.write("\n".join(rows) + "\n")
    print(f"wrote {len(rows)} rows to {args.out}")


if __name__ == "__main__":
    main()
