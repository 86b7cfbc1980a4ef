#!/usr/bin/env bash
# Starts (or resumes: the same command) a second fine-tuning stage from the first run's best tagger (RUN/run/best.pt):
# 3 more epochs with a fresh, lower learning-rate schedule and another batch order (seed 2), at nice 10 with one torch
# thread. Output: RUN/run2/ (the same files as start-run.sh writes). Usage: tools/encoder/continue-run.sh [RUN] [extra options...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
run=${1:-/work/encoder-run}
shift || true
out="$run/run2"
mkdir -p "$out"
if [ -f "$out/pid" ] && kill -0 "$(cat "$out/pid")" 2>/dev/null; then
  echo "already running as process $(cat "$out/pid") (tail -f $out/train.log)"
  exit 1
fi
cd "$here"
# The pinned command: change nothing here between sessions, or run.json refuses to resume.
setsid nohup nice -n 10 /usr/bin/python3 -m ekencoder.train \
  --train "$run/data/train.jsonl" --dev "$run/data/dev.jsonl" \
  --encoder "$run/encoder/encoder.pt" --vocab "$run/encoder/vocab.txt" --out "$out" \
  --init-from "$run/run/best.pt" \
  --epochs 3 --batch-size 32 --lr 3e-5 --head-lr 3e-4 --warmup 0.05 --weight-decay 0.01 --clip 1 --seed 2 \
  --max-pieces 256 --threads 1 --checkpoint-minutes 15 "$@" \
  >>"$out/train.log" 2>&1 </dev/null &
echo $! >"$out/pid"
echo "started process $(cat "$out/pid"); progress: tail -f $out/train.log"
