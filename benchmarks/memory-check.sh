#!/usr/bin/env bash
# Peak memory of `entitykit analyze` on a large JSONL input: generates SIZE_MB megabytes of invented news articles
# (default 1024) into a temporary directory, analyses them with /usr/bin/time -v, prints the peak resident set size
# and deletes the input. Target: < 500 MB whatever the input size (the analyzer streams with a bounded window).
#
#   bash benchmarks/memory-check.sh            # ~1 GB input
#   bash benchmarks/memory-check.sh 200 2      # ~200 MB input, --threads 2
#
# Needs GNU time (apt-get install -y time) and python3 (only to write the input quickly).
set -euo pipefail

size_mb="${1:-1024}"
threads="${2:-$(nproc)}"
root="$(cd "$(dirname "$0")/.." && pwd)"

if [[ ! -x /usr/bin/time ]]; then
  echo "memory-check: /usr/bin/time is missing; install it with: apt-get update && apt-get install -y time" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "memory-check: building the tool (Release)" >&2
dotnet build -c Release "$root/src/EntityKit.Cli" -o "$work/bin" --nologo -v quiet >/dev/null

echo "memory-check: writing ${size_mb} MB of invented news to $work/news.jsonl" >&2
python3 - "$work/news.jsonl" "$size_mb" <<'PY'
import json, random, sys

path, size_mb = sys.argv[1], int(sys.argv[2])
people = ["Ana Ribeiro", "Jonas Keller", "Priya Raman", "Tomas Novak", "Elena Varga", "Samuel Okafor", "Hana Sato", "Marek Dvorak"]
cities = ["Lisbon", "Vienna", "Dublin", "Warsaw", "Oslo", "Athens", "Nairobi", "Osaka"]
companies = ["Nordvik Holdings AG", "Tejo Power SA", "Brightwater Group plc", "Castell Telecom SA", "Orla Mining Ltd", "Halden Motors Inc."]
days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
paragraphs = [
    "{city}, March {n} (Newswire) - The central bank on {day} raised its growth forecast to {p}% for this year, citing stronger-than-expected exports and a rebound in tourism.",
    "\"We didn't expect the recovery to be this broad,\" Governor {person} told reporters in {city}. \"Households are spending again, and firms can't find enough workers.\"",
    "Shares of {company} climbed {p} per cent to €{n}.85 after the group said it had agreed to sell a {n}% stake in its Brazilian unit for US${p} billion.",
    "Analysts at {company} called the price \"a fair one\" in a note to clients on {day}, though {person}, a strategist in {city}, warned that margins would stay under pressure.",
    "The government's long-awaited rail plan - a €{n}bn project linking {city} and Porto in under 90 minutes - won approval from the European Commission, officials said.",
    "Opposition leader {person}, who has campaigned against the project since 2019, said it \"won't pay for itself for decades\" and urged lawmakers to vote before the summer recess.",
    "Mr. {person} is expected to meet his counterpart in {city} next week to discuss the trade agreement signed in 2021 with {company}.",
]
rng = random.Random(42)
target = size_mb * 1024 * 1024
written = 0
i = 0
with open(path, "w", encoding="utf-8") as out:
    while written < target:
        text = "\n\n".join(
            rng.choice(paragraphs).format(person=rng.choice(people), city=rng.choice(cities), company=rng.choice(companies),
                                          day=rng.choice(days), n=rng.randint(1, 28), p=f"{rng.randint(1, 9)}.{rng.randint(0, 9)}")
            for _ in range(rng.randint(6, 9)))
        line = json.dumps({"id": f"m{i}", "text": text}, ensure_ascii=False) + "\n"
        out.write(line)
        written += len(line.encode("utf-8"))
        i += 1
print(f"memory-check: {i} articles, {written / 1024 / 1024:.0f} MB", file=sys.stderr)
PY

echo "memory-check: entitykit analyze --threads $threads (output discarded)" >&2
/usr/bin/time -v -o "$work/time.txt" dotnet "$work/bin/EntityKit.Cli.dll" analyze "$work/news.jsonl" --threads "$threads" -o /dev/null
peak_kb="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")"
elapsed="$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")"
echo "memory-check: input ${size_mb} MB, threads ${threads}, wall ${elapsed}, peak RSS $((peak_kb / 1024)) MB (target < 500 MB)"
