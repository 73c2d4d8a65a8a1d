#!/usr/bin/env bash
# Time VADER and slant on the same sentences, in one run, and print the ratios.
#
#   bench/compare-vader.sh [RUNS]        (default 5 runs; medians reported)
#
# - sentences: ../shared/corpora/valence/nyt-dev.jsonl repeated to >= 50,000 lines
# - VADER: vaderSentiment's polarity_scores over all sentences, one Python process
#   (installed into a virtual environment under target/bench-venv)
# - slant score: one thread (the score command is single-threaded)
# - slant report on ../shared/corpora/news/abp-sample.jsonl with 1 worker pinned to
#   one core (taskset -c 0) and with every core
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
SHARED=../shared
NYT=$SHARED/corpora/valence/nyt-dev.jsonl
ABP=$SHARED/corpora/news/abp-sample.jsonl
for f in "$NYT" "$ABP"; do
  [ -f "$f" ] || { echo "SKIP: $f is absent"; exit 0; }
done
WORK=target/bench
mkdir -p "$WORK"
cargo build --release --quiet
SLANT=target/release/slant

VENV=target/bench-venv
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet vaderSentiment
fi

SENT=$WORK/sentences.jsonl
python3 - "$NYT" "$SENT" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    n = 0
    while n < 50000:
        for r in rows:
            out.write(json.dumps({"text": r["text"]}, ensure_ascii=False) + "\n")
            n += 1
PY
LINES=$(wc -l < "$SENT")
BYTES=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$SENT")

cat > "$WORK/vader_bench.py" <<'PY'
import json, sys, time
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")]
sia = SentimentIntensityAnalyzer()
t0 = time.perf_counter()
s = 0.0
for t in texts:
    s += sia.polarity_scores(t)["compound"]
print(time.perf_counter() - t0)
PY

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
secs() { python3 -c 'import subprocess, sys, time
t0 = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
print(time.perf_counter() - t0)' "$@"; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "sentences: $LINES ($((BYTES / 1000)) kB of text); runs: $RUNS (medians)"
ONE=$WORK/one-sentence.jsonl
head -n 1 "$SENT" > "$ONE"
v=(); s=(); s0=(); r1=(); r2=()
for i in $(seq "$RUNS"); do
  v+=("$("$VENV/bin/python" "$WORK/vader_bench.py" "$SENT")")
  s+=("$(secs "$SLANT" score "$SENT")")
  # slant's start-up (lexicons loaded, one sentence scored); VADER's own
  # start-up is outside its timing
  s0+=("$(secs "$SLANT" score "$ONE")")
  r1+=("$(secs taskset -c 0 "$SLANT" report "$ABP" --quiet --threads 1 --out "$WORK/r1")")
  r2+=("$(secs "$SLANT" report "$ABP" --quiet --out "$WORK/r2")")
done
V=$(printf '%s\n' "${v[@]}" | median)
S=$(printf '%s\n' "${s[@]}" | median)
S0=$(printf '%s\n' "${s0[@]}" | median)
R1=$(printf '%s\n' "${r1[@]}" | median)
R2=$(printf '%s\n' "${r2[@]}" | median)
# best runs too: on a shared machine a 0.2 s run is easily slowed by a
# neighbour, a 5 s one averages that out
VB=$(printf '%s\n' "${v[@]}" | sort -g | head -n 1)
SB=$(printf '%s\n' "${s[@]}" | sort -g | head -n 1)
ABPMB=$(python3 -c "import os,sys; print(os.path.getsize(sys.argv[1]) / 1e6)" "$ABP")
ART=$(wc -l < "$ABP")
python3 - "$LINES" "$V" "$S" "$R1" "$R2" "$ABPMB" "$ART" "$S0" "$VB" "$SB" <<'PY'
import sys
n, v, s, r1, r2, mb, art, s0, vb, sb = int(sys.argv[1]), *map(float, sys.argv[2:7]), int(sys.argv[7]), *map(float, sys.argv[8:11])
print(f"VADER polarity_scores, one process : {v:8.3f} s  {n / v:10.0f} sentences/s")
print(f"slant score, one thread            : {s:8.3f} s  {n / s:10.0f} sentences/s  ({v / s:.1f}x VADER; includes start-up)")
print(f"slant score start-up (one sentence): {s0:8.3f} s  (without it, as VADER is timed: {v / max(s - s0, 1e-9):.1f}x VADER)")
print(f"best runs: VADER {vb:.3f} s, slant score {sb:.3f} s  ({vb / sb:.1f}x VADER; includes start-up)")
print(f"slant report, one core             : {r1:8.3f} s  {mb / r1:6.1f} MB/s  {art / r1:7.0f} articles/s")
print(f"slant report, all cores            : {r2:8.3f} s  {mb / r2:6.1f} MB/s  {art / r2:7.0f} articles/s  ({r1 / r2:.2f}x one core)")
PY
