"""Writes the word-piece ids of a few fixed check sentences (one line each, with [CLS] and [SEP]) for comparing the
PyTorch port with ONNX Runtime. usage: python3 -m ekencoder.check_ids VOCAB OUT"""
import sys

from .wordpiece import WordPieces

SENTENCES = [
    "Angela Merkel met Emmanuel Macron in Paris on Tuesday .",
    "The U.S. Federal Reserve raised rates by 0.25 % , its chairman said .",
    "Zoë Cárdenas flew from Zürich to São Paulo with Lufthansa .",
    "unaffable xylophonists reconvened",
]


def main(argv=None):
    vocab, out = (argv or sys.argv[1:])[:2]
    pieces = WordPieces(vocab)
    with open(out, "w") as f:
        for sentence in SENTENCES:
            ids = [pieces.cls] + [i for token in sentence.split() for i in pieces.token_ids(token)] + [pieces.sep]
            f.write(" ".join(map(str, ids)) + "\n")


if __name__ == "__main__":
    main()
