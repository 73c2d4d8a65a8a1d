#!/usr/bin/env python3
"""Derive lexicons/outlets_registry.csv from the State Media Matrix (MIT).

Usage: python3 tools/derive_registry.py ../shared/registries/state-media-matrix/State_Media_Matrix.csv

Keeps the typologies that mean government control of editorial lines
(SC state-controlled, CaPu captured public, CaPr captured private) as
`state media`; independent public media (ISFM, ISF, ISM, IP) are not state
media in slant's sense and are left out. Names already in lexicons/outlets.csv
are skipped, since the curated file wins. Only facts are taken (names,
countries, typology), which the MIT licence allows; see NOTICE.
"""
import csv
import re
import sys
from pathlib import Path

KEEP = {"SC": "state-controlled", "CaPu": "captured public", "CaPr": "captured private"}
PREFIX = re.compile(r"^(Television|Print media|Print|Online|Radio|News agency|TV|Website)\s*:\s*", re.I)
COUNTRY_FIX = {"United Arab Emirates": "UAE", "Türkiye": "Turkey", "Iran (Islamic Republic of)": "Iran"}

root = Path(__file__).resolve().parent.parent
lex = root / "lexicons"


def known_names():
    names = set()
    with open(lex / "outlets.csv", encoding="utf-8") as f:
        rows = [l for l in f if not l.startswith("#")]
    for r in csv.DictReader(rows):
        for a in [r["name"]] + r["aliases"].split("|"):
            if a.strip():
                names.add(a.strip().lower())
    # an outlet named like a country ("Turkiye") would shadow the country
    with open(lex / "countries.csv", encoding="utf-8") as f:
        rows = [l for l in f if not l.startswith("#")]
    for r in csv.DictReader(rows):
        for a in [r["country"]] + r["aliases"].split("|"):
            if a.strip():
                names.add(a.strip().lower())
    return names


def clean(name):
    name = PREFIX.sub("", name.strip())
    name = name.strip(" )(*;,")
    return name


WESTERN_REGIONS = {"Europe", "North America", "Western Europe", "Eastern Europe"}


def write_countries(src):
    """Append registry countries missing from countries.csv (no aliases)."""
    path = lex / "countries.csv"
    with open(path, encoding="utf-8") as f:
        text = f.read()
    rows = [l for l in text.splitlines() if l and not l.startswith("#")]
    have = set()
    for r in csv.DictReader(rows):
        have.add(r["country"])
        have.update(a for a in r["aliases"].split("|") if a)
    add = {}
    with open(src, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            c = COUNTRY_FIX.get(r["Country"].strip(), r["Country"].strip())
            if c and c not in have and c not in add:
                cat = "Western media" if r["Region"].strip() in WESTERN_REGIONS else "other media"
                add[c] = cat
    if add:
        with open(path, "a", encoding="utf-8") as f:
            for c in sorted(add):
                f.write(f"{c},,{add[c]},from the State Media Matrix\n")
    print(f"{path}: {len(add)} countries added")


def main(src):
    known = known_names()
    seen = {}
    with open(src, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            typ = r["Typology"].strip().rstrip("?")
            if typ not in KEEP:
                continue
            country = COUNTRY_FIX.get(r["Country"].strip(), r["Country"].strip())
            asset = r["Main assets"].strip()
            company = r["Media company"].strip().rstrip("*").strip()
            m = re.match(r"^(.*?)\s*\(([^)]*)\)\s*$", clean(asset))
            if m:
                name, alias = clean(m.group(1)), clean(m.group(2))
            else:
                name, alias = clean(asset), ""
            if not name or len(name) < 3 or not re.search(r"[A-Za-z]", name):
                continue
            # unbalanced brackets, names starting with a digit ("7 Days") or with no
            # capital letter would match ordinary prose
            if name.count("(") != name.count(")") or name[0].isdigit() or not re.search(r"[A-Z]", name):
                continue
            # non-Latin alias text is kept only when it is Latin-script
            aliases = [a for a in [alias] if a and re.fullmatch(r"[\x20-\x7e]+", a) and len(a) >= 3]
            if name.lower() in known or any(a.lower() in known for a in aliases):
                continue
            key = name.lower()
            if key in seen:
                continue
            otype = "agency" if re.search(r"agency", name + " " + r["Main assets"], re.I) else (
                "broadcaster" if re.search(r"tv|television|radio|channel", r["Main assets"], re.I) else "outlet")
            seen[key] = [name, "|".join(aliases), country, "state media",
                         KEEP[typ] + ("; " + company if company and company != name else ""), otype, "State Media Matrix"]
    write_countries(src)
    out = lex / "outlets_registry.csv"
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write("# Derived by tools/derive_registry.py from the State Media Matrix (MIT,\n")
        f.write("# Alliance for Securing Democracy). Do not edit by hand: edit outlets.csv,\n")
        f.write("# which wins over this file, or rerun the script.\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "aliases", "country", "category", "ownership", "type", "notes"])
        for k in sorted(seen):
            w.writerow(seen[k])
    print(f"{out}: {len(seen)} outlets")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(root.parent / "shared/registries/state-media-matrix/State_Media_Matrix.csv"))
