#!/usr/bin/env bash
# Starts (or resumes: the same command) a second fine-tuning stage from the first run's best tagger (RUN/run/best.pt,
# or one rebuilt from the package by ekencoder.recover): 3 more epochs with a fresh, lower learning-rate schedule and
# another batch order (seed 2), at nice 10 with one torch thread. Output: RUN/run2/ (the same files as start-run.sh
# writes). Usage: tools/encoder/continue-run.sh [RUN] [extra ekencoder.train options...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
run=${1:-/work/encoder-run}
shift || true
# The pinned command: change nothing here between sessions, or run.json refuses to resume.
exec "$here/background-train.sh" "$run/run2" \
  --train "$run/data/train.jsonl" --dev "$run/data/dev.jsonl" \
  --encoder "$run/encoder/encoder.pt" --vocab "$run/encoder/vocab.txt" \
  --init-from "$run/run/best.pt" \
  --epochs 3 --batch-size 32 --lr 3e-5 --head-lr 3e-4 --warmup 0.05 --weight-decay 0.01 --clip 1 --seed 2 \
  --max-pieces 256 --threads 1 --checkpoint-minutes 15 "$@"
