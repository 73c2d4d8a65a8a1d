#!/usr/bin/env python3
"""Derive lexicons/stance.csv from VADER's lexicon (MIT, C.J. Hutto).

Usage: python3 tools/derive_stance.py ../shared/lexicon-sources/vader/vader_lexicon.txt

Keeps word entries (letters, apostrophes, hyphens), drops emoticons, and
writes term,valence (-4..4). News and diplomacy terms live in the hand-edited
lexicons/stance_news.csv, which wins where both list a term. See NOTICE.
"""
import re
import sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
src = Path(sys.argv[1] if len(sys.argv) > 1 else root.parent / "shared/lexicon-sources/vader/vader_lexicon.txt")
rows = []
for line in open(src, encoding="utf-8"):
    parts = line.rstrip("\n").split("\t")
    if len(parts) < 2:
        continue
    term, val = parts[0].strip(), parts[1].strip()
    if not re.fullmatch(r"[a-z][a-z'-]*[a-z]", term):
        continue
    rows.append((term, float(val)))
out = root / "lexicons" / "stance.csv"
with open(out, "w", encoding="utf-8") as f:
    f.write("# Derived by tools/derive_stance.py from VADER 3.3.2 (MIT, C.J. Hutto); do not\n")
    f.write("# edit by hand: add or override terms in stance_news.csv instead.\n")
    f.write("term,valence\n")
    seen = set()
    for t, v in rows:  # VADER's order; a term listed twice keeps its first valence
        if t in seen:
            continue
        seen.add(t)
    kept = {}
    for t, v in rows:
        kept.setdefault(t, v)
    for t in sorted(kept):
        f.write(f"{t},{kept[t]:g}\n")
print(f"{out}: {len(rows)} terms")
