#!/usr/bin/env bash
# Starts (or resumes: the same command) the stacked stage of issue 15 ("(a) stacking", README "Design: the
# perceptron's per-token scores"): from the first run's tagger (RUN/run/best.pt, or recovered from the package by
# ekencoder.recover), with the perceptron's max-marginals as extra inputs (--perceptron-scores; P starts at zero), on
# RUN/stack/train.jsonl (jackknifed fold scores, ekencoder.jackknife) and RUN/stack/dev.jsonl (the shipped
# perceptron's scores): 2 epochs, lr 3e-5, head and P 1e-3, 5% warm-up, seed 2, one torch thread at nice 10.
# Output: RUN/stack/run/ (the same files as start-run.sh writes). Usage: tools/encoder/stack-run.sh [RUN] [options...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
run=${1:-/work/encoder-run}
shift || true
# The pinned command: change nothing here between sessions, or run.json refuses to resume.
exec "$here/background-train.sh" "$run/stack/run" \
  --train "$run/stack/train.jsonl" --dev "$run/stack/dev.jsonl" \
  --encoder "$run/encoder/encoder.pt" --vocab "$run/encoder/vocab.txt" \
  --init-from "$run/run/best.pt" --perceptron-scores \
  --epochs 2 --batch-size 32 --lr 3e-5 --head-lr 1e-3 --warmup 0.05 --weight-decay 0.01 --clip 1 --seed 2 \
  --max-pieces 256 --threads 1 --checkpoint-minutes 15 "$@"
