#!/usr/bin/env bash
# Starts (or resumes: the same command) a tagger trained with packed windows from the pretrained encoder (issue 15):
# the first run's recipe (start-run.sh: 5 epochs, lr 1e-4, head 1e-3, 10% warm-up, seed 1) with consecutive sentences
# of a document sharing windows of up to 128 word pieces from the first step (--pack; 8 windows a batch, about as many
# tokens a step as 32 single sentences), instead of packing only in a second stage (pack-run.sh).
# Output: RUN/pack-scratch/run/. Usage: tools/encoder/pack-scratch-run.sh [RUN] [options...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
run=${1:-/work/encoder-run}
shift || true
# The pinned command: change nothing here between sessions, or run.json refuses to resume.
exec "$here/background-train.sh" "$run/pack-scratch/run" \
  --train "$run/data/train.jsonl" --dev "$run/data/dev.jsonl" \
  --encoder "$run/encoder/encoder.pt" --vocab "$run/encoder/vocab.txt" --pack \
  --epochs 5 --batch-size 8 --lr 1e-4 --head-lr 1e-3 --warmup 0.1 --weight-decay 0.01 --clip 1 --seed 1 \
  --max-pieces 128 --checkpoint-minutes 10 "$@"
