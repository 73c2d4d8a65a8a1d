#!/usr/bin/env python3
"""Time one article made of one sentence shape repeated, at two sizes, to
find work that grows faster than the article.

    bench/long-articles.py [SLANT] [SMALL_KB] [LARGE_KB]

SLANT defaults to target/release/slant; sizes to 100 and 400 KB. Each shape
is run through `slant report` (one thread) and `slant score` (the whole
article as one line, with a target on its first word). A shape is flagged
when four times the text takes more than eight times as long, or six times
the memory (peak RSS from /usr/bin/time). No data from ../shared is read.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SLANT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "target", "release", "slant")
SMALL = int(sys.argv[2]) * 1000 if len(sys.argv) > 2 else 100_000
LARGE = int(sys.argv[3]) * 1000 if len(sys.argv) > 3 else 400_000

SHAPES = [
    "“The talks stalled,” the agency reported. ",
    "He said the talks had stalled. ",
    "It said the talks had stalled. ",
    "The report said the talks had stalled. ",
    "The newspaper, citing a source, said the talks had stalled. ",
    "According to the agency, the talks stalled. ",
    "Mr. Smith said the talks had stalled. ",
    "“The talks stalled.\n",
    "“The talks stalled, ",
    "Tass, which is state-run, reported that the talks stalled.\n",
    "“We will go,” he said. “We will stay,” she said. ",
    "Smith said. Jones said. Karimi said. Ali said. ",
    "2,X,Reuters reported that the talks had stalled.\n",
    "(Reuters) - ",
    "Iran Russia China Syria Turkey Qatar Israel Ukraine ",
    "Iran condemned Russia and praised China but not Syria, ",
    "Iran’s Iran’s Iran’s ",
    "U.S. U.N. U.K. ",
    "according to according to ",
    "may might could possibly reportedly ",
    "not not not good ",
    "Reuters said it. The Foo said it. ",
    "DESK NEWS: The talks stalled.\n\nFOO: They did.\n\nWe left.\n\n",
]


def run(work: str, args: list, text: str):
    path = os.path.join(work, "article.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "long", "text": text, "target_start": 0, "target_end": 4}) + "\n")
    err = os.path.join(work, "time.txt")
    t0 = time.perf_counter()
    with open(err, "w") as e:
        subprocess.run(["/usr/bin/time", "-f", "%M", SLANT] + args + [path],
                       stdout=subprocess.DEVNULL, stderr=e, check=True)
    seconds = time.perf_counter() - t0
    with open(err) as e:
        kb = int(e.read().split()[-1])
    return seconds, kb


def main() -> int:
    if not os.path.exists(SLANT):
        print(f"{SLANT} not found: cargo build --release first", file=sys.stderr)
        return 1
    flagged = 0
    with tempfile.TemporaryDirectory(prefix="slant-long-") as work:
        out = os.path.join(work, "reports")
        for cmd in (["report", "--out", out, "--quiet", "--threads", "1"], ["score"]):
            for shape in SHAPES:
                lead = "Iran said it. "
                a = run(work, cmd, lead + shape * (SMALL // len(shape)))
                b = run(work, cmd, lead + shape * (LARGE // len(shape)))
                grows = b[0] > 8 * max(a[0], 0.03) or b[1] > 6 * a[1]
                flagged += grows
                print(f"{cmd[0]:6} {shape[:44]!r:48} {SMALL // 1000} KB {a[0]:6.2f} s {a[1] // 1000:5} MB"
                      f"   {LARGE // 1000} KB {b[0]:6.2f} s {b[1] // 1000:5} MB"
                      + ("   <- grows faster than the text" if grows else ""))
    print(f"{flagged} of {2 * len(SHAPES)} runs grow faster than the text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
