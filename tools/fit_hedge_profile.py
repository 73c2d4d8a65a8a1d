#!/usr/bin/env python3
"""Fit a genre hedge profile: lexicons/hedge_profiles/NAME.csv and its
`hedge_threshold.NAME` in lexicons/settings.csv.

Usage: python3 tools/fit_hedge_profile.py NAME LABELLED.jsonl [--all]

The vocabulary is fixed in advance and never mined from the data: the terms of
lexicons/hedges.csv, the wooorm hedge and weasel lists (MIT) in
../shared/lexicon-sources, and the weasel, peacock and approximator phrases
below, and the sentence openers in OPENING (a `^term` row: weight added
when the term opens the sentence, "Some say ..."). Only the weights are fitted: Naive-Bayes log-odds of each term in
hedged versus plain sentences, on the even lines of the file (all lines with
--all); the threshold maximises F1 on the same lines. The odd lines are held
out: the script prints F1 there as a check, and `slant eval hedge --profile
NAME` gives the exact figure.
"""
import csv
import json
import math
import re
import sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
shared = root.parent / "shared" / "lexicon-sources"

EXTRA = """some|many|several|various|numerous|most|often|sometimes|usually|generally|typically|frequently|largely|
mostly|widely|commonly|critics|considered|regarded as|deemed|viewed as|seen as|said to|it is said|is said|are said|
according to some|by some|by many|some people|many people|some say|experts|observers|analysts|scholars|historians|
a number of|a few|few|countless|notable|notably|famous|well-known|well known|best known|most famous|renowned|
legendary|prominent|leading|greatest|acclaimed|celebrated|controversial|so-called|important|significant|substantial|
popular|major|main|one of the|one of the most|it is known|is known|often said|conventional wisdom|commentators|
supporters|detractors|others|some critics|in some cases|in some|some of|many of|most of|it has been|has been suggested|
has been claimed|at least|up to|more than|around|about|approximately|roughly|nearly|almost|quite|rather|fairly|
relatively|somewhat|essentially|virtually|if|mainly|primarily|particularly|especially|increasingly|a large|
majority|minority|successful|aggressive|common|believed|thought|think|thinks|argue|argued|argues|could|potential|
estimate|estimated|expect|expected|tend|tends|tended|putative|hypothesis|hypothesize|propose|proposed|possibility|
whether|unknown|unclear|indicate|indicates|indicated|indicating|suggest|suggests|suggested|suggesting|
great|greatest|legendary|acclaimed|visionary|outstanding|brilliant|iconic|remarkable|extraordinary|world-class|
prestigious|award-winning|cutting-edge|unique|best|finest|largest|oldest|biggest|first|only|highly|very|extremely|
excellent|impressive|influential|powerful|respected|beloved|popular|classic|masterpiece|innovative|
some argue|some believe|it is believed|it is thought|research has shown|studies show|it is widely|widely regarded|
widely considered|widely believed|often cited|often described|has been described|described as|known for|
noted for|some scholars|some historians|some observers|some researchers|many scholars|many historians|
many observers|many critics|many fans|most notably|arguably|perhaps|probably|possibly|may|might|allegedly|
reportedly|apparently|seemingly|supposedly|claimed|claim|claims|rumored|rumoured|speculated|speculation"""


# Subjects that make a weasel when they open a sentence ("Some argue ...",
# "Critics say ...", "It has been suggested ..."), fixed in advance.
OPENING = """some|some of|many|many of|most|several|others|other|critics|supporters|a few|few|
a number of|one of|it is|it has been|there are|according to|scholars|historians|experts|
various|numerous"""


def read_list(p):
    if not p.exists():
        return []
    return [l.strip().lower() for l in open(p, encoding="utf-8") if l.strip() and not l.startswith("%")]


def hedge_terms():
    rows = [l for l in open(root / "lexicons/hedges.csv", encoding="utf-8") if not l.startswith("#")]
    return [r["term"].lower() for r in csv.DictReader(rows)]


def vocabulary():
    v = set(hedge_terms())
    v |= set(read_list(shared / "hedges/hedges.txt"))
    v |= set(read_list(shared / "weasels/weasels.txt"))
    v |= {t.strip() for t in EXTRA.replace("\n", "").split("|") if t.strip()}
    return sorted(t for t in v if len(t.rstrip("*")) > 1 and re.fullmatch(r"[a-z][a-z' -]*\*?", t))


def words(text):
    return re.findall(r"[a-z0-9][a-z0-9'-]*", text.lower())


# the openers as a list, split once
OPENERS = sorted({t.strip() for t in OPENING.replace("\n", "").split("|") if t.strip()})


def features(text, vocab):
    ws = words(text)
    s = " " + " ".join(ws) + " "
    out = set()
    head = " ".join(ws[:4]) + " "
    for t in OPENERS:
        if head.startswith(t + " "):
            out.add("^" + t)
    for t in vocab:
        if t.endswith("*"):
            if any(w.startswith(t[:-1]) for w in ws):
                out.add(t)
        elif " " + t + " " in s:
            out.add(t)
    return out


def f1(rows, weights, th):
    tp = fp = fn = 0
    for fs, y in rows:
        p = sum(weights.get(t, 0) for t in fs) >= th
        tp += p and y
        fp += p and not y
        fn += (not p) and y
    pr = tp / (tp + fp) if tp + fp else 0
    rc = tp / (tp + fn) if tp + fn else 0
    return 2 * pr * rc / (pr + rc) if pr + rc else 0


def main():
    name, path = sys.argv[1], Path(sys.argv[2])
    use_all = "--all" in sys.argv
    vocab = vocabulary()
    data = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    rows = [(features(r["text"], vocab), bool(r["hedged"])) for r in data]
    fit = [r for i, r in enumerate(rows) if use_all or i % 2 == 0]
    held = [r for i, r in enumerate(rows) if i % 2 == 1]
    pos, neg = {}, {}
    P = sum(1 for _, y in fit if y)
    N = len(fit) - P
    for fs, y in fit:
        for t in fs:
            d = pos if y else neg
            d[t] = d.get(t, 0) + 1
    weights = {}
    for t in vocab + ["^" + o for o in OPENERS]:
        w = math.log(((pos.get(t, 0) + 0.5) / (P + 1)) / ((neg.get(t, 0) + 0.5) / (N + 1)))
        if w > 0.05 and pos.get(t, 0) >= 2:
            weights[t] = round(w, 3)
    best = max((f1(fit, weights, th / 20), th / 20) for th in range(2, 120))
    th = best[1]
    print(f"{name}: {len(weights)} terms, threshold {th}, F1 on fitted lines {best[0]:.3f}, held-out odd lines {f1(held, weights, th):.3f}")
    out = root / "lexicons" / "hedge_profiles" / f"{name}.csv"
    out.parent.mkdir(exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(f"# Hedge profile `{name}`, fitted by tools/fit_hedge_profile.py on {path.name}\n")
        f.write(f"# ({'all lines' if use_all else 'even lines'}). Weights are log-odds; edit freely, or refit.\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["term", "weight", "kind", "notes"])
        for t in sorted(weights):
            w.writerow([t, weights[t], "fitted", f"{pos.get(t, 0)} hedged / {neg.get(t, 0)} plain"])
    settings = root / "lexicons" / "settings.csv"
    lines = [l for l in open(settings, encoding="utf-8") if not l.startswith(f"hedge_threshold.{name},")]
    lines.append(f"hedge_threshold.{name},{th},threshold of hedge profile {name} (tools/fit_hedge_profile.py)\n")
    open(settings, "w", encoding="utf-8").writelines(lines)


if __name__ == "__main__":
    main()
