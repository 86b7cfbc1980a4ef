#!/usr/bin/env bash
# Starts (or resumes: the same command) the fine-tuning run in the background, detached from the calling shell, at
# nice 10 with one torch thread. Output: RUN/run/ (train.log, status.json, checkpoint-latest.pt, best.pt,
# dev-epoch-N.json, pid). Usage: tools/encoder/start-run.sh [RUN] [extra ekencoder.train options...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
run=${1:-/work/encoder-run}
shift || true
# The pinned command: change nothing here between sessions, or run.json refuses to resume.
exec "$here/background-train.sh" "$run/run" \
  --train "$run/data/train.jsonl" --dev "$run/data/dev.jsonl" \
  --encoder "$run/encoder/encoder.pt" --vocab "$run/encoder/vocab.txt" \
  --epochs 5 --batch-size 32 --lr 1e-4 --head-lr 1e-3 --warmup 0.1 --weight-decay 0.01 --clip 1 --seed 1 \
  --max-pieces 256 --threads 1 --checkpoint-minutes 15 "$@"
