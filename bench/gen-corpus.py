#!/usr/bin/env python3
"""Generate a large synthetic news corpus (JSONL) by recombining sentences of a
real sample, to prove that slant's memory stays flat as the corpus grows.

Usage: python3 bench/gen-corpus.py OUT.jsonl SIZE_MB [SAMPLE.jsonl]

SAMPLE defaults to ../shared/corpora/news/abp-sample.jsonl. Articles get 8 to
40 sentences drawn at random (fixed seed, so the output is reproducible),
keeping quotations and attributions as they were written.
"""
import json
import random
import re
import sys
from pathlib import Path

out, size_mb = sys.argv[1], float(sys.argv[2])
sample = Path(sys.argv[3] if len(sys.argv) > 3 else Path(__file__).resolve().parent.parent.parent / "shared/corpora/news/abp-sample.jsonl")
if not sample.exists():
    sys.exit(f"SKIP: {sample} is absent")
sentences, outlets = [], []
for line in open(sample, encoding="utf-8"):
    a = json.loads(line)
    outlets.append(a.get("outlet") or "unknown")
    sentences.extend(s for s in re.split(r"(?<=[.!?”\"])\s+", a.get("text", "")) if 20 < len(s) < 600)
rng = random.Random(2026)
target = int(size_mb * 1e6)
written = 0
n = 0
with open(out, "w", encoding="utf-8") as f:
    while written < target:
        k = rng.randint(8, 40)
        paras = []
        for _ in range(rng.randint(2, 6)):
            paras.append(" ".join(rng.choice(sentences) for _ in range(max(1, k // 4))))
        art = {"id": f"synth-{n}", "outlet": rng.choice(outlets), "date": "2024-01-01", "title": f"Synthetic article {n}", "url": "", "text": "\n".join(paras)}
        line = json.dumps(art, ensure_ascii=False) + "\n"
        f.write(line)
        written += len(line.encode("utf-8"))
        n += 1
print(f"{out}: {n} articles, {written / 1e6:.0f} MB")
