#!/usr/bin/env bash
# Runs `ekencoder.train --out OUT TRAIN-OPTIONS...` in the background, detached from the calling shell (setsid, nohup,
# nice 10), appending to OUT/train.log and recording OUT/pid; refuses to start a second copy while one is alive.
# Shared by start-run.sh and continue-run.sh, which pin the options. Usage: background-train.sh OUT TRAIN-OPTIONS...
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$1
shift
mkdir -p "$out"
if [ -f "$out/pid" ] && kill -0 "$(cat "$out/pid")" 2>/dev/null; then
  echo "already running as process $(cat "$out/pid") (tail -f $out/train.log)"
  exit 1
fi
cd "$here"
setsid nohup nice -n 10 /usr/bin/python3 -m ekencoder.train --out "$out" "$@" >>"$out/train.log" 2>&1 </dev/null &
echo $! >"$out/pid"
echo "started process $(cat "$out/pid"); progress: tail -f $out/train.log"
