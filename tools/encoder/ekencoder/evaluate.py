"""Dev evaluation: token scores from the model, constrained BILOU Viterbi per sentence, entity-level exact match.

Two scores, both micro P/R/F1 over exact (start, end, type):
- "raw": predicted character spans (our tokens' offsets) against every gold entity of the detokenized document,
  including the few that could not be projected onto our tokens (counted as missed) — the same matching as
  `entitykit eval --mode raw` (NerScoreboard), but for the bare labeller: without the analyzer's rules, resolution and
  type consistency.
- "projected": against the gold labels projected onto our tokens (what training sees; `train`'s dev score).
`entitykit eval --mode tokens` labels the gold tokens instead of ours, so neither number is that one exactly; "raw"
is the comparable one for the issue's targets once the labeller runs inside the analyzer.

    python3 -m ekencoder.evaluate --model best.pt --dev RUN/data/dev.jsonl --vocab RUN/encoder/vocab.txt [--threads 2]

A stacked tagger (train.py --perceptron-scores) needs a dev file with the perceptron's scores (export-tokens --scores).
"""
import argparse
import json
import time
from collections import defaultdict

import numpy as np
import torch

from .data import build_examples, collate, read_documents


def sentence_scores(model, examples, sentences, pad_id, batch_size=64):
    """Per sentence a (tokens × labels) array of log-probabilities, windows put back together."""
    model.eval()
    out = [np.zeros((len(s.tokens), 0), dtype=np.float32) for s in sentences]
    parts = defaultdict(list)
    order = sorted(range(len(examples)), key=lambda i: len(examples[i].piece_ids))
    with torch.no_grad():
        for b in range(0, len(order), batch_size):
            batch = [examples[i] for i in order[b:b + batch_size]]
            ids, mask, cases, _, scores = collate(batch, pad_id)
            logp = torch.log_softmax(model(ids, mask, cases, scores), dim=-1).numpy()
            for row, e in enumerate(batch):
                offset = 0
                for index, first, end in e.parts:
                    parts[index].append((first, logp[row, e.first_pieces[offset:offset + end - first]]))
                    offset += end - first
    for index, windows in parts.items():
        windows.sort(key=lambda w: w[0])
        out[index] = np.concatenate([w[1] for w in windows], axis=0)
    return out


class Scoreboard:
    def __init__(self):
        self.counts = defaultdict(lambda: [0, 0, 0])  # type -> correct, predicted, gold

    def add(self, gold, predicted):
        gold, predicted = set(gold), set(predicted)
        for _, _, t in gold:
            self.counts[t][2] += 1
        for span in predicted:
            self.counts[span[2]][1] += 1
            if span in gold:
                self.counts[span[2]][0] += 1

    @staticmethod
    def prf(correct, predicted, gold):
        p = correct / predicted if predicted else 0.0
        r = correct / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def report(self):
        total = [sum(c[i] for c in self.counts.values()) for i in range(3)]
        p, r, f = self.prf(*total)
        types = {t: dict(zip(("precision", "recall", "f1"), self.prf(*c)), gold=c[2]) for t, c in sorted(self.counts.items())}
        return {"precision": p, "recall": r, "f1": f, "correct": total[0], "predicted": total[1], "gold": total[2], "types": types}


def evaluate(model, documents, sentences, examples, labels, pad_id):
    return score_decoded(documents, sentence_scores(model, examples, sentences, pad_id), labels)


def score_decoded(documents, scores, labels):
    """Raw and projected scores of the constrained Viterbi over per-sentence (tokens x labels) scores, in the order of
    the documents' sentences."""
    raw, projected = Scoreboard(), Scoreboard()
    index = 0
    for document in documents:
        predicted_chars, projected_gold = [], []
        for sentence in document.sentences:
            path = labels.viterbi(scores[index]) if len(sentence.tokens) else []
            index += 1
            for first, end, t in labels.spans(path):
                predicted_chars.append((sentence.starts[first], sentence.ends[end - 1], t))
            for first, end, t in labels.spans(sentence.labels):
                projected_gold.append((sentence.starts[first], sentence.ends[end - 1], t))
        raw.add(document.entities, predicted_chars)
        projected.add(projected_gold, predicted_chars)
    return {"raw": raw.report(), "projected": projected.report()}


def main(argv=None):
    parser = argparse.ArgumentParser(description="Scores a trained tagger (a best.pt) on dev as train.py does.")
    parser.add_argument("--model", required=True, help="a best.pt (ekencoder.train, or ekencoder.recover)")
    parser.add_argument("--dev", required=True, help="dev data from entitykit export-tokens")
    parser.add_argument("--vocab", required=True, help="the encoder's vocab.txt")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--pack", choices=("model", "yes", "no"), default="model",
                        help="sentences of a document share windows (data.build_examples): as the model was trained, or forced")
    parser.add_argument("--max-pieces", type=int, default=0, help="word pieces a window (0: as the model was trained)")
    args = parser.parse_args(argv)
    from .export_onnx import load_tagger
    from .labels import LabelSet
    from .wordpiece import WordPieces
    torch.set_num_threads(args.threads)
    labels, pieces = LabelSet(), WordPieces(args.vocab)
    tagger, saved = load_tagger(args.model)
    max_pieces = args.max_pieces or saved.get("max_pieces") or 256
    pack = saved.get("pack", False) if args.pack == "model" else args.pack == "yes"
    documents = read_documents(args.dev, labels, scores=tagger.perceptron_inputs > 0)
    sentences = [s for d in documents for s in d.sentences]
    started = time.time()
    scores = evaluate(tagger, documents, sentences, build_examples(sentences, pieces, max_pieces, pack), labels, pieces.pad)
    for name in ("raw", "projected"):
        r = scores[name]
        print(f"{name}: P {100 * r['precision']:.2f} R {100 * r['recall']:.2f} F1 {100 * r['f1']:.2f} "
              f"(correct {r['correct']:,}, predicted {r['predicted']:,}, gold {r['gold']:,})")
    print(json.dumps({t: round(100 * v["f1"], 2) for t, v in scores["raw"]["types"].items()}))
    print(f"{len(sentences):,} sentences in {time.time() - started:.0f} s")


if __name__ == "__main__":
    main()
