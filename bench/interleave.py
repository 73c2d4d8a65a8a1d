#!/usr/bin/env python3
"""Time two slant binaries against each other in alternating order.

    bench/interleave.py OLD NEW score|report [PAIRS]

score:  `slant score` of the benchmark sentences (target/bench/sentences.jsonl,
        written by bench/compare-vader.sh).
report: `slant report` of ../shared/corpora/news/abp-sample.jsonl with one
        thread, pinned to core 0.

Each pair runs both binaries back to back, the order alternating from pair to
pair, so that a machine's drift weighs on both alike. Prints the medians, the
best runs and in how many pairs NEW was faster.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SENTENCES = os.path.join(ROOT, "target", "bench", "sentences.jsonl")
ABP = os.path.join(ROOT, "..", "shared", "corpora", "news", "abp-sample.jsonl")


def main() -> int:
    if len(sys.argv) not in (4, 5) or sys.argv[3] not in ("score", "report"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    old, new, kind = sys.argv[1], sys.argv[2], sys.argv[3]
    pairs = int(sys.argv[4]) if len(sys.argv) == 5 else 21
    needed = SENTENCES if kind == "score" else ABP
    if not os.path.exists(needed):
        what = "run bench/compare-vader.sh first" if kind == "score" else "../shared is absent"
        print(f"{needed} not found: {what}", file=sys.stderr)
        return 1
    out = tempfile.mkdtemp(prefix="slant-interleave-")

    def command(binary: str, tag: str) -> list:
        if kind == "score":
            return [binary, "score", SENTENCES]
        return ["taskset", "-c", "0", binary, "report", ABP, "--quiet",
                "--threads", "1", "--out", os.path.join(out, tag)]

    def timed(cmd: list) -> float:
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        return time.perf_counter() - start

    olds, news = [], []
    for i in range(pairs):
        if i % 2:
            olds.append(timed(command(old, "old")))
            news.append(timed(command(new, "new")))
        else:
            news.append(timed(command(new, "new")))
            olds.append(timed(command(old, "old")))
    mo, mn = statistics.median(olds), statistics.median(news)
    faster = sum(o > n for o, n in zip(olds, news))
    print(f"{kind}: {pairs} pairs; median old {mo:.4f} s, new {mn:.4f} s, "
          f"ratio {mo / mn:.3f}; best old {min(olds):.4f} s, new {min(news):.4f} s; "
          f"new faster in {faster} of {pairs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
