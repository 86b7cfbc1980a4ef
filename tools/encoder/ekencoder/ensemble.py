"""What several taggers would give together, and with the perceptron: the ceiling of serving (or distilling) an
ensemble, measured before paying for one.

Each tagger's dev log-probabilities (evaluate.sentence_scores, its own windows) are averaged per token and decoded with
the constrained Viterbi, alone and combined with the perceptron's max-marginal scores s as log p + s / W for each W
asked. That is close to, not the same as, the combination the accurate tier serves (TokenScoreRecognizer.Combine adds
the perceptron's emission scores inside one Viterbi, with another scale for W), and it runs without the analyzer's
rules: the numbers compare with one another, not with `entitykit eval`. Raw entity-level F1 as in evaluate.py. The dev file must
carry the perceptron's scores: `entitykit export-tokens --gold dev.bio --model english --scores --out dev-scores.jsonl`.

    python3 -m ekencoder.ensemble --dev dev-scores.jsonl --vocab vocab.txt --weights 50,100 A/best.pt B/best.pt [...]

Prints, for each W (and "alone"), the F1 of every tagger by itself and of the mean of all of them.
"""
import argparse

import numpy as np
import torch

from .data import build_examples, read_documents
from .evaluate import score_decoded, sentence_scores

# Scores the perceptron gives unreachable labels (-10000) are floored so that they stay finite after division.
SCORE_FLOOR = -3000.0


def tagger_log_probs(path, sentences, pieces):
    """Per sentence the tagger's (tokens x labels) log-probabilities, windowed as the tagger was trained."""
    from .export_onnx import load_tagger
    tagger, saved = load_tagger(path)
    examples = build_examples(sentences, pieces, saved.get("max_pieces") or 256, saved.get("pack", False))
    return sentence_scores(tagger, examples, sentences, pieces.pad)


def mean_log_probs(per_tagger):
    """The per-token mean of several taggers' log-probabilities (lists of per-sentence arrays)."""
    return [sum(arrays) / len(arrays) for arrays in zip(*per_tagger)]


def combined_f1(documents, log_probs, labels, weight=None):
    """Raw micro scores of Viterbi over log p (weight None) or log p + s / weight (s: the perceptron's scores)."""
    sentences = [s for d in documents for s in d.sentences]
    if weight is not None:
        log_probs = [lp + np.maximum(s.scores, SCORE_FLOOR) / weight for lp, s in zip(log_probs, sentences)]
    return score_decoded(documents, log_probs, labels)["raw"]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev", required=True, help="dev data from export-tokens --model english --scores")
    parser.add_argument("--vocab", required=True, help="the encoder's vocab.txt")
    parser.add_argument("--weights", default="50,100", help="perceptron weights W to try, comma-separated")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("taggers", nargs="+", help="best.pt files")
    args = parser.parse_args(argv)
    from .labels import LabelSet
    from .wordpiece import WordPieces
    try:
        weights = [float(w) for w in args.weights.split(",")]
    except ValueError:
        parser.error(f"--weights '{args.weights}': expected numbers separated by commas, such as 50,100")
    if any(not w > 0 for w in weights):
        parser.error(f"--weights '{args.weights}': every weight must be above 0")
    torch.set_num_threads(args.threads)
    labels, pieces = LabelSet(), WordPieces(args.vocab)
    documents = read_documents(args.dev, labels, scores=True)
    sentences = [s for d in documents for s in d.sentences]
    per_tagger = [tagger_log_probs(path, sentences, pieces) for path in args.taggers]
    candidates = [(path, lp) for path, lp in zip(args.taggers, per_tagger)] + [("mean of all", mean_log_probs(per_tagger))]
    for weight in [None] + weights:
        title = "alone" if weight is None else f"W {weight:g}"
        for name, log_probs in candidates:
            r = combined_f1(documents, log_probs, labels, weight)
            print(f"{title}\t{name}\tP {100 * r['precision']:.2f} R {100 * r['recall']:.2f} F1 {100 * r['f1']:.2f}", flush=True)


if __name__ == "__main__":
    main()
