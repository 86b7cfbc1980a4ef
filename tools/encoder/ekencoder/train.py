"""Fine-tunes the encoder as a BILOU token tagger on EntityKit's own tokens (the JSONL of `entitykit export-tokens`).

Resumable: OUT/checkpoint-latest.pt is written every --checkpoint-minutes and at the end of each epoch (atomically);
starting again with the same OUT resumes from it (same data, same settings required: OUT/run.json). Each epoch ends
with a dev evaluation (constrained Viterbi, entity-level F1, see evaluate.py); the best epoch on dev (raw F1) is
kept in OUT/best.pt. Progress goes to standard output (word pieces/s, ETA) and OUT/status.json.

usage: python3 -m ekencoder.train --train train.jsonl --dev dev.jsonl --encoder encoder.pt --vocab vocab.txt --out DIR
"""
import argparse
import json
import math
import os
import random
import sys
import time

import numpy as np
import torch

from .bert import TokenTagger, load_encoder
from .data import IGNORE, build_examples, collate, epoch_batches, read_documents
from .evaluate import evaluate
from .labels import LabelSet
from .wordpiece import WordPieces

# Settings that must not change when a run resumes.
RUN_KEYS = ["train", "dev", "encoder", "vocab", "epochs", "batch_size", "lr", "head_lr", "warmup", "weight_decay", "clip",
            "seed", "max_pieces", "dropout", "train_word_embeddings", "limit_train", "init_from", "perceptron_scores", "pack"]
# Run settings added later, with the value runs made before them had.
LATER_KEYS = {"perceptron_scores": False, "pack": False}


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--train", required=True)
    p.add_argument("--dev", required=True)
    p.add_argument("--encoder", required=True, help="encoder.pt written by ekencoder.convert")
    p.add_argument("--vocab", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--epochs", type=int, default=5)
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--lr", type=float, default=1e-4)
    p.add_argument("--head-lr", type=float, default=1e-3, help="learning rate of the head and case embedding")
    p.add_argument("--warmup", type=float, default=0.1, help="share of all steps spent warming up")
    p.add_argument("--weight-decay", type=float, default=0.01)
    p.add_argument("--clip", type=float, default=1.0)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--max-pieces", type=int, default=256, help="word pieces per window, [CLS] and [SEP] included")
    p.add_argument("--dropout", type=float, default=0.1)
    p.add_argument("--train-word-embeddings", action="store_true", help="also train the 30,522 x H word embeddings")
    p.add_argument("--init-from", default=None,
                   help="start from a trained tagger (a best.pt of an earlier run: encoder, case embedding and head) "
                        "instead of the pretrained encoder with a new head; the schedule starts afresh")
    p.add_argument("--perceptron-scores", action="store_true",
                   help="stacking: the perceptron's max-marginal scores (export-tokens --scores, in both --train and "
                        "--dev; jackknifed on train) go through a linear layer P into the logits (P starts at zero)")
    p.add_argument("--pack", action="store_true",
                   help="consecutive sentences of a document share a window of --max-pieces (data.build_examples), so each "
                        "sentence is labelled with its neighbours in view; the served model packs the same way")
    p.add_argument("--limit-train", type=int, default=0, help="use only the first N training documents (0: all)")
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--checkpoint-minutes", type=float, default=15)
    p.add_argument("--log-seconds", type=float, default=60)
    p.add_argument("--stop-after-steps", type=int, default=0, help="save a checkpoint and exit after this many steps (tests)")
    return p.parse_args(argv)


def atomic_save(obj, path):
    tmp = path + ".tmp"
    torch.save(obj, tmp)
    os.replace(tmp, path)


def write_json(path, obj):
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(obj, f, indent=1, sort_keys=True)
    os.replace(tmp, path)


def duration(seconds):
    seconds = int(max(0, seconds))
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m" if seconds >= 3600 else f"{seconds // 60}m{seconds % 60:02d}s"


def check_run(args):
    os.makedirs(args.out, exist_ok=True)
    settings = {k: getattr(args, k) for k in RUN_KEYS}
    path = os.path.join(args.out, "run.json")
    if os.path.exists(path):
        with open(path) as f:
            saved = json.load(f)
        changed = {k: (saved.get(k, LATER_KEYS.get(k)), v) for k, v in settings.items() if saved.get(k, LATER_KEYS.get(k)) != v}
        if changed:
            sys.exit(f"{args.out} holds a run with other settings {changed}; use another --out to start afresh")
    else:
        write_json(path, settings)


def make_model(args, labels):
    config, state = load_encoder(args.encoder)
    model = TokenTagger(config, len(labels), args.dropout, perceptron_inputs=len(labels) if args.perceptron_scores else 0)
    model.bert.load_state_dict(state)
    torch.nn.init.normal_(model.head.weight, std=0.02)
    torch.nn.init.zeros_(model.head.bias)
    if args.init_from:
        trained = torch.load(args.init_from, map_location="cpu")
        if trained["labels"] != labels.names:
            sys.exit(f"{args.init_from} was trained for other labels")
        # A stacked tagger may start from a plain one: only its P (zero) is new.
        missing, unexpected = model.load_state_dict(trained["model"], strict=False)
        if unexpected or any(not name.startswith("perceptron.") for name in missing):
            sys.exit(f"{args.init_from} does not fit this tagger: missing {missing}, unexpected {unexpected}")
    if not args.train_word_embeddings:
        model.bert.embeddings.word_embeddings.weight.requires_grad_(False)
    return model, config


def make_optimizer(args, model):
    new = ("head.", "case_embeddings.", "perceptron.")
    head = [p for n, p in model.named_parameters() if p.requires_grad and n.startswith(new)]
    decay, no_decay = [], []
    for n, p in model.named_parameters():
        if not p.requires_grad or n.startswith(new):
            continue
        (no_decay if n.endswith("bias") or "LayerNorm" in n else decay).append(p)
    return torch.optim.AdamW([
        {"params": decay, "lr": args.lr, "weight_decay": args.weight_decay},
        {"params": no_decay, "lr": args.lr, "weight_decay": 0.0},
        {"params": head, "lr": args.head_lr, "weight_decay": 0.0},
    ])


def main(argv=None):
    args = parse_args(argv)
    check_run(args)
    torch.set_num_threads(args.threads)
    torch.use_deterministic_algorithms(True, warn_only=True)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    log = lambda message: print(f"{time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime())} {message}", flush=True)

    labels = LabelSet()
    pieces = WordPieces(args.vocab)
    train_docs = read_documents(args.train, labels, scores=args.perceptron_scores)
    if args.limit_train:
        train_docs = train_docs[: args.limit_train]
    dev_docs = read_documents(args.dev, labels, scores=args.perceptron_scores)
    train_sentences = [s for d in train_docs for s in d.sentences]
    dev_sentences = [s for d in dev_docs for s in d.sentences]
    train_examples = build_examples(train_sentences, pieces, args.max_pieces, args.pack)
    dev_examples = build_examples(dev_sentences, pieces, args.max_pieces, args.pack)
    epoch_pieces = sum(len(e.piece_ids) for e in train_examples)
    batches_per_epoch = math.ceil(len(train_examples) / args.batch_size)
    total_steps = batches_per_epoch * args.epochs
    log(f"train: {len(train_docs):,} documents, {len(train_sentences):,} sentences, {len(train_examples):,} windows, "
        f"{epoch_pieces:,} word pieces; dev: {len(dev_docs):,} documents, {len(dev_examples):,} windows; "
        f"{batches_per_epoch:,} batches per epoch, {total_steps:,} steps; torch {torch.__version__}, {torch.get_num_threads()} thread(s)")

    model, config = make_model(args, labels)
    optimizer = make_optimizer(args, model)
    warmup_steps = max(1, int(args.warmup * total_steps))
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: min(
        (step + 1) / warmup_steps, max(0.0, (total_steps - step) / max(1, total_steps - warmup_steps))))

    latest = os.path.join(args.out, "checkpoint-latest.pt")
    state = {"epoch": 0, "batch": 0, "step": 0, "best_f1": -1.0, "history": [], "evaluated": False}
    if os.path.exists(latest):
        checkpoint = torch.load(latest, map_location="cpu")
        model.load_state_dict(checkpoint["model"])
        optimizer.load_state_dict(checkpoint["optimizer"])
        schedule.load_state_dict(checkpoint["schedule"])
        torch.set_rng_state(checkpoint["torch_rng"])
        state = checkpoint["state"]
        log(f"resumed from {latest}: epoch {state['epoch'] + 1}, batch {state['batch']}/{batches_per_epoch}, step {state['step']}")

    def save_checkpoint():
        atomic_save({"model": model.state_dict(), "optimizer": optimizer.state_dict(), "schedule": schedule.state_dict(),
                     "torch_rng": torch.get_rng_state(), "state": state}, latest)

    loss_function = torch.nn.CrossEntropyLoss(ignore_index=IGNORE)
    started = time.time()
    last_checkpoint = last_log = started
    interval_pieces, interval_loss, interval_steps = 0, 0.0, 0
    run_pieces, run_seconds = 0, 0.0
    while state["epoch"] < args.epochs:
        epoch = state["epoch"]
        batches = epoch_batches(train_examples, args.batch_size, args.seed, epoch)
        model.train()
        while state["batch"] < len(batches):
            batch = [train_examples[i] for i in batches[state["batch"]]]
            ids, mask, cases, targets, scores = collate(batch, pieces.pad)
            logits = model(ids, mask, cases, scores)
            loss = loss_function(logits.view(-1, logits.shape[-1]), targets.view(-1))
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), args.clip)
            optimizer.step()
            schedule.step()
            state["batch"] += 1
            state["step"] += 1
            interval_pieces += int(mask.sum())
            interval_loss += float(loss)
            interval_steps += 1
            now = time.time()
            if now - last_log >= args.log_seconds or state["batch"] == len(batches):
                rate = interval_pieces / (now - last_log)
                run_pieces += interval_pieces
                run_seconds += now - last_log
                average = run_pieces / run_seconds
                left_epoch = sum(len(train_examples[i].piece_ids) for b in batches[state["batch"]:] for i in b)
                left_run = left_epoch + epoch_pieces * (args.epochs - epoch - 1)
                log(f"epoch {epoch + 1}/{args.epochs} batch {state['batch']}/{len(batches)} "
                    f"({100 * state['batch'] / len(batches):.1f}%) loss {interval_loss / interval_steps:.4f} "
                    f"lr {schedule.get_last_lr()[0]:.2e} | {rate:,.0f} wordpieces/s (this session {average:,.0f}) | "
                    f"epoch ETA {duration(left_epoch / average)}, run ETA {duration(left_run / average)} (+ dev evaluations)")
                write_json(os.path.join(args.out, "status.json"), {
                    "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "epoch": epoch + 1, "epochs": args.epochs,
                    "batch": state["batch"], "batches": len(batches), "step": state["step"], "wordpieces_per_second": average,
                    "epoch_eta_seconds": left_epoch / average, "run_eta_seconds": left_run / average,
                    "history": state["history"]})
                last_log, interval_pieces, interval_loss, interval_steps = now, 0, 0.0, 0
            if now - last_checkpoint >= 60 * args.checkpoint_minutes:
                save_checkpoint()
                last_checkpoint = now
                log(f"checkpoint: {latest}")
            if args.stop_after_steps and state["step"] >= args.stop_after_steps:
                save_checkpoint()
                log(f"stopping after {state['step']} steps as asked (--stop-after-steps); run again to resume")
                return
        save_checkpoint()
        log(f"epoch {epoch + 1} trained; evaluating on dev")
        evaluated = time.time()
        scores = evaluate(model, dev_docs, dev_sentences, dev_examples, labels, pieces.pad)
        raw, projected = scores["raw"], scores["projected"]
        state["history"].append({"epoch": epoch + 1, "raw_f1": raw["f1"], "projected_f1": projected["f1"],
                                 "raw_precision": raw["precision"], "raw_recall": raw["recall"]})
        write_json(os.path.join(args.out, f"dev-epoch-{epoch + 1}.json"), scores)
        log(f"dev after epoch {epoch + 1}: raw P {100 * raw['precision']:.2f} R {100 * raw['recall']:.2f} "
            f"F1 {100 * raw['f1']:.2f} | projected F1 {100 * projected['f1']:.2f} ({time.time() - evaluated:.0f}s) | "
            + " ".join(f"{t} {100 * v['f1']:.1f}" for t, v in raw["types"].items() if v["gold"] >= 500))
        if raw["f1"] > state["best_f1"]:
            state["best_f1"] = raw["f1"]
            atomic_save({"config": json.loads(config.to_json()), "labels": labels.names, "model": model.state_dict(),
                         "max_pieces": args.max_pieces, "pack": args.pack, "epoch": epoch + 1, "dev": scores,
                         "perceptron_inputs": model.perceptron_inputs}, os.path.join(args.out, "best.pt"))
            log(f"new best on dev: {os.path.join(args.out, 'best.pt')}")
        state["epoch"] += 1
        state["batch"] = 0
        save_checkpoint()
        last_checkpoint = time.time()
    write_json(os.path.join(args.out, "status.json"), {"time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                                                        "finished": True, "history": state["history"], "best_raw_f1": state["best_f1"]})
    log(f"finished {args.epochs} epochs in this session's {duration(time.time() - started)}; best dev raw F1 {100 * state['best_f1']:.2f}")


if __name__ == "__main__":
    main()
