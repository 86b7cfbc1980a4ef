"""Reads the JSONL written by `entitykit export-tokens` and turns sentences into word-piece examples.

Each document line: {"doc", "text_length", "entities": [[start, end, type], ...], "sentences": [{"tokens", "starts",
"ends", "labels"[, "model"][, "scores"]}]}; "scores" (export-tokens --scores) holds per token the perceptron's 73
max-marginal scores, read only when asked (read_documents(..., scores=True): the stacked tagger). A sentence longer than the word-piece budget is cut into consecutive windows at token
boundaries (never dropped or truncated); the evaluator puts the windows' token scores back together.
"""
import json
import random
from dataclasses import dataclass, field

import numpy as np
import torch

from .wordpiece import case_class

IGNORE = -100


@dataclass
class Sentence:
    doc: int
    tokens: list
    starts: list
    ends: list
    labels: list  # label ids
    scores: object = None  # tokens x labels float32 perceptron max-marginals (numpy), or None


@dataclass
class Document:
    doc: int
    entities: list  # (start, end, type) character spans, all gold entities
    sentences: list = field(default_factory=list)


@dataclass
class Example:
    parts: list  # (sentence index, first token, end token) of each stretch of a sentence in the window, in order
    piece_ids: list
    case_ids: list
    first_pieces: list  # position (in the sequence, after [CLS]) of each token's first piece
    labels: list
    scores: object = None  # the window's tokens x labels perceptron scores, or None


def read_documents(path, labels, scores=False):
    """The documents of an export-tokens JSONL; with scores=True each sentence must carry "scores" (tokens x labels)."""
    documents = []
    with open(path, encoding="utf-8") as f:
        for line_number, line in enumerate(f, 1):
            try:
                record = json.loads(line)
                document = Document(record["doc"], [tuple(e) for e in record["entities"]])
                for s in record["sentences"]:
                    if not (len(s["tokens"]) == len(s["starts"]) == len(s["ends"]) == len(s["labels"])):
                        raise ValueError("tokens, starts, ends and labels differ in length")
                    sentence_scores = None
                    if scores:
                        if "scores" not in s:
                            raise ValueError("no perceptron scores (export-tokens --scores) in a sentence")
                        sentence_scores = np.asarray(s["scores"], dtype=np.float32).reshape(len(s["tokens"]), -1)
                        if sentence_scores.shape[1] != len(labels):
                            raise ValueError(f"{sentence_scores.shape[1]} perceptron scores a token, not {len(labels)}")
                    document.sentences.append(Sentence(record["doc"], s["tokens"], s["starts"], s["ends"],
                                                       labels.encode(s["labels"]), sentence_scores))
            except (KeyError, ValueError, TypeError) as e:
                raise ValueError(f"{path}:{line_number}: {e}") from None
            documents.append(document)
    return documents


def build_examples(sentences, pieces, max_pieces, pack=False):
    """Word-piece windows of at most max_pieces pieces ([CLS] and [SEP] included). Without pack, one window per sentence
    (a longer sentence is cut into consecutive windows at token boundaries); with pack, consecutive sentences of one
    document share a window while they fit, so that each sentence is labelled with its neighbours in view."""
    budget = max_pieces - 2
    stretches = []  # (sentence index, first, end, pieces used): each sentence cut to fit the budget
    token_pieces = []
    for index, sentence in enumerate(sentences):
        token_pieces.append([pieces.token_ids(t)[:budget] for t in sentence.tokens])
        first = 0
        while first < len(sentence.tokens) or (first == 0 and not sentence.tokens):
            end, used = first, 0
            while end < len(sentence.tokens) and used + len(token_pieces[index][end]) <= budget:
                used += len(token_pieces[index][end])
                end += 1
            stretches.append((index, first, end, used))
            if end == first:
                break
            first = end
    windows, current, used = [], [], 0
    for stretch in stretches:
        same_document = current and sentences[current[-1][0]].doc == sentences[stretch[0]].doc
        if current and not (pack and same_document and used + stretch[3] <= budget):
            windows.append(current)
            current, used = [], 0
        current.append(stretch)
        used += stretch[3]
    if current:
        windows.append(current)
    examples = []
    for window in windows:
        ids, cases, firsts, labels, scores = [pieces.cls], [0], [], [], []
        for index, first, end, _ in window:
            sentence = sentences[index]
            for t in range(first, end):
                firsts.append(len(ids))
                ids.extend(token_pieces[index][t])
                cases.extend([case_class(sentence.tokens[t])] * len(token_pieces[index][t]))
            labels.extend(sentence.labels[first:end])
            if sentence.scores is not None:
                scores.append(sentence.scores[first:end])
        ids.append(pieces.sep)
        cases.append(0)
        window_scores = np.concatenate(scores, axis=0) if scores else None
        examples.append(Example([(i, f, e) for i, f, e, _ in window], ids, cases, firsts, labels, window_scores))
    return examples


def epoch_batches(examples, batch_size, seed, epoch):
    """The batches (lists of example indices) of one epoch: a deterministic function of (seed, epoch). Examples are
    shuffled, sorted by length within pools of 50 batches (less padding), and the batches shuffled again."""
    rng = random.Random(seed * 100_003 + epoch)
    order = list(range(len(examples)))
    rng.shuffle(order)
    pool = batch_size * 50
    batches = []
    for p in range(0, len(order), pool):
        chunk = sorted(order[p:p + pool], key=lambda i: len(examples[i].piece_ids))
        batches.extend(chunk[b:b + batch_size] for b in range(0, len(chunk), batch_size))
    rng.shuffle(batches)
    return batches


def collate(examples, pad_id):
    """Padded tensors: input ids, attention mask, case ids, per-piece targets (IGNORE except at first pieces), and the
    perceptron's scores at first pieces (zeros elsewhere; None when the examples have none)."""
    width = max(len(e.piece_ids) for e in examples)
    ids = torch.full((len(examples), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(examples), width), dtype=torch.long)
    cases = torch.zeros((len(examples), width), dtype=torch.long)
    targets = torch.full((len(examples), width), IGNORE, dtype=torch.long)
    with_scores = examples[0].scores is not None
    scores = torch.zeros((len(examples), width, examples[0].scores.shape[1]), dtype=torch.float32) if with_scores else None
    for row, e in enumerate(examples):
        n = len(e.piece_ids)
        ids[row, :n] = torch.tensor(e.piece_ids)
        mask[row, :n] = 1
        cases[row, :n] = torch.tensor(e.case_ids)
        if e.first_pieces:
            targets[row, torch.tensor(e.first_pieces)] = torch.tensor(e.labels)
            if with_scores:
                scores[row, torch.tensor(e.first_pieces)] = torch.from_numpy(e.scores)
    return ids, mask, cases, targets, scores
