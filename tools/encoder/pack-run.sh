#!/usr/bin/env bash
# Starts (or resumes: the same command) the packed-windows stage of issue 15: from the first run's tagger
# (RUN/run/best.pt, or recovered from the package by ekencoder.recover), consecutive sentences of a document share
# windows of up to 128 word pieces (--pack), so the tagger learns to label a sentence with its neighbours in view:
# 2 epochs, batch 8 windows (about as many tokens a step as 32 single sentences), lr 3e-5, head 3e-4, 5% warm-up,
# seed 2. Output: RUN/pack/run/ (the same files as start-run.sh writes). Usage: tools/encoder/pack-run.sh [RUN] [options...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
run=${1:-/work/encoder-run}
shift || true
# The pinned command: change nothing here between sessions, or run.json refuses to resume.
exec "$here/background-train.sh" "$run/pack/run" \
  --train "$run/data/train.jsonl" --dev "$run/data/dev.jsonl" \
  --encoder "$run/encoder/encoder.pt" --vocab "$run/encoder/vocab.txt" \
  --init-from "$run/run/best.pt" --pack \
  --epochs 2 --batch-size 8 --lr 3e-5 --head-lr 3e-4 --warmup 0.05 --weight-decay 0.01 --clip 1 --seed 2 \
  --max-pieces 128 --checkpoint-minutes 10 "$@"
