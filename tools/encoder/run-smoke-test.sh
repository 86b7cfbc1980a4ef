#!/usr/bin/env bash
# Smoke test of the encoder tooling (tools/encoder/tests/test_smoke.py) on a tiny fixture; takes seconds.
# Exit 0: passed; 77: skipped (no python3 with torch and onnx here); anything else: failed.
set -uo pipefail
cd "$(dirname "$0")"
export PYTHONDONTWRITEBYTECODE=1
for python in /usr/bin/python3 python3; do
  if command -v "$python" >/dev/null && "$python" -c "import torch, onnx, numpy" 2>/dev/null; then
    exec "$python" -m unittest -v tests/test_smoke.py
  fi
done
echo "skipped: no python3 with torch, onnx and numpy (Debian: apt-get install python3-torch python3-onnx libopenblas0-pthread)"
exit 77
