#!/usr/bin/env python3
"""Builds org_dict_names.tsv: organization names WITHOUT a required suffix, from public dictionaries.

Reads (see ../shared/lexicon-sources/README.md, section "Dictionaries"):
  hanlp-1.x/机构名词典.txt          word tag count      (nt, nto, ntc, ntu, nth, nts, ntch, ntcb, ntcf)
  hanlp-1.x/现代汉语补充词库.txt     word\ttag\tcount    (nt, ntu, j)
  hanlp-1.x/CoreNatureDictionary.txt word\ttag\tcount[\ttag\tcount...]  (nt*, j; all tags used by the filters)
  thuocl/THUOCL_caijing.txt, THUOCL_IT.txt  untyped: caijing corroborates (thuocl=caijing), IT is only recorded; never a source alone
  thuocl/THUOCL_diming.txt          place names: a filter
  jieba dict.txt (com.huaban:jieba-analysis:1.0.2 from Maven Central, read from the jar)  word count tag (nt, j)

Entries that another ORG/PARK file already lists (surface or alias) are left out (known): the curated entry wins.
Filters, applied in this order; each entry is counted under the first filter that drops it:
  length     : fewer than 2 characters, or no CJK character (digits, symbols, Latin-only: LatinSource's job)
  determiner : starts with a determiner or a numeral + classifier (各, 每, 该, 本, 多家, 一间, 一家, 数家 ...), or with
               a numeral when 2-3 characters long unless HanLP types it a company (ntc: 三星 kept; 三校, 五行, 四大 dropped)
  category   : a bare category word (政府, 公司, 银行, 协会 ...), or one ending in a market/industry word (板, 行业, 板块, 指数)
  generic    : a category head (医院, 公司, 俱乐部 ...) after a generic modifier: a numeral/quantifier, or a common word
               of the core dictionary that is no proper noun (三甲医院, 万亿俱乐部, 大型医院, 外国公司)
  stop       : the surface is a STOP entry of stop.tsv
  common     : the core dictionary has the word with a v, vn or a tag, or with an n tag unless jieba tags it as an
               abbreviation or organization (j, nt): 时代, 小米 dropped; 证监会, 北大, 欧盟 (core n, jieba j) kept as
               ambiguous=true (the hand-written lists, loaded later, make the real short names unambiguous)
  place      : a place name (core ns*/nsf tag, THUOCL_diming, or ends in 省/市/县/区/镇/乡/村 as a place)
  person     : the core dictionary or jieba tags the word as a person name (nr*)
  abbrev     : an abbreviation (tag j) whose last character is no organization head (中美, 通胀, 民航)
  single-source : (after the others) listed by only one source family: two of hanlp-org, hanlp-core, jieba or
               hanlp-supplement (one lineage), THUOCL caijing must list the word (single-source words are mostly
               noise: 骀背鹤发, 日本一家酒馆, 广开财源); THUOCL_IT is recorded (thuocl=IT) but corroborates nothing:
               it is technical vocabulary (网际协议, 新闻资讯)
Kept entries: ambiguous=true when 2 characters long, or when the core dictionary also has a non-name tag for them.

Deterministic; prints a summary of how many entries each filter drops. Usage (from the repository root):
  python3 lexicons/scripts/build_org_dicts.py [--sources ../shared/lexicon-sources/dictionaries] [--jieba JAR] [--check]
"""
import argparse
import collections
import io
import os
import re
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT_DIR = os.path.join(ROOT, "lexicons", "src", "main", "resources", "org", "xinzhi", "lexicons")
OUT = "org_dict_names.tsv"
JIEBA = os.path.expanduser("~/.m2/repository/com/huaban/jieba-analysis/1.0.2/jieba-analysis-1.0.2.jar")

HANLP_ORG_TAGS = {"nt", "nto", "ntc", "ntu", "nth", "nts", "ntch", "ntcb", "ntcf"}
ORG_TYPE = {"nto": "gov", "ntc": "company", "ntu": "university", "nth": "hospital", "nts": "school",
            "ntch": "hotel", "ntcb": "bank", "ntcf": "factory"}
DETERMINER_START = re.compile(r"^(各|每|该|本|此|这|那|诸|某|全|多家|数家|几家|多所|多个|若干|其他|其它|部分|有关|相关|我|我们|你|他|她|它|贵|"
                              r"[一二两三四五六七八九十百千万亿几数多\d]+[家间个所座位只支批名类种级甲线]|第[一二三四五六七八九十\d])")
NUMERAL_START = re.compile(r"^[一二两三四五六七八九十百千万亿\d]")
CATEGORY = {"政府", "公司", "银行", "协会", "行业", "板", "集团", "企业", "机构", "部门", "学校", "大学", "医院", "学院",
            "委员会", "基金", "基金会", "研究所", "研究院", "中心", "商会", "联盟", "俱乐部", "法院", "检察院", "报社",
            "电视台", "电台", "出版社", "工厂", "酒店", "宾馆", "酒馆", "餐厅", "超市", "商场", "书店", "医疗机构",
            "当局", "警方", "单位", "厂", "店", "社", "所", "院", "局", "部", "会", "处", "署", "办", "委", "团", "队",
            "党", "军", "校", "馆", "台", "站", "行", "司", "厅", "组", "园", "区", "场", "界", "业", "方"}
CATEGORY_END = ("板", "板块", "行业", "产业", "领域", "指数", "概念", "市场", "系统", "体系", "关系")
HEADS = sorted(CATEGORY, key=len, reverse=True)
ORG_HEAD_CHARS = set("会所委局部院社台盟大办署厅司府党军队团协企厂校报网视航银")
PLACE_END = re.compile(r"(省|市|县|区|镇|乡|村|州|自治区|自治州|街道)$")
FAMILY = {"hanlp-supplement": "jieba"}  # one lineage: not independent corroboration
CJK = re.compile(r"[\u4e00-\u9fff]")


def read_lines(path):
    with open(path, encoding="utf-8-sig") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if line:
                yield line


def read_core(path):
    """word -> set of tags."""
    core = {}
    for line in read_lines(path):
        parts = line.split("\t")
        core[parts[0]] = set(parts[1::2])
    return core


def read_jieba(jar):
    with zipfile.ZipFile(jar) as z:
        text = z.read("dict.txt").decode("utf-8")
    out = {}
    for line in text.splitlines():
        parts = line.split(" ")
        if len(parts) == 3:
            out[parts[0]] = parts[2]
    return out


def read_thuocl(path):
    out = set()
    for line in read_lines(path):
        w = line.split("\t")[0].strip()
        if w:
            out.add(w)
    return out


def read_stop():
    stops = set()
    for line in read_lines(os.path.join(OUT_DIR, "stop.tsv")):
        if not line.startswith("#"):
            stops.add(line.split("\t")[0])
    return stops


def read_known():
    """Surfaces and aliases of the other ORG/PARK lexicon files: a curated entry wins, the dictionary adds none."""
    known = set()
    for name in sorted(os.listdir(OUT_DIR)):
        if name == OUT or not name.endswith(".tsv") or not name.startswith(("org_", "park_")):
            continue
        for line in read_lines(os.path.join(OUT_DIR, name)):
            if line.startswith("#"):
                continue
            p = line.split("\t")
            known.add(p[0])
            if len(p) > 3 and p[3]:
                known.update(p[3].split("|"))
    return known


def candidates(src, jieba):
    """(word, source, tag) in a fixed order."""
    h = os.path.join(src, "hanlp-1.x")
    for line in read_lines(os.path.join(h, "机构名词典.txt")):
        p = line.split(" ")
        if len(p) >= 2 and p[1] in HANLP_ORG_TAGS:
            yield p[0], "hanlp-org", p[1]
    for line in read_lines(os.path.join(h, "现代汉语补充词库.txt")):
        p = line.split("\t")
        if len(p) >= 2 and p[1] in ("nt", "ntu", "j"):
            yield p[0], "hanlp-supplement", p[1]
    for line in read_lines(os.path.join(h, "CoreNatureDictionary.txt")):
        p = line.split("\t")
        for t in p[1::2]:
            if t in HANLP_ORG_TAGS or t == "j":
                yield p[0], "hanlp-core", t
                break
    for w, t in sorted(jieba.items()):
        if t in ("nt", "j"):
            yield w, "jieba", t


def generic_modifier(prefix, core):
    if not prefix:
        return True
    if re.fullmatch(r"[一二两三四五六七八九十百千万亿几数多\d]+.?", prefix):
        return True
    tags = core.get(prefix)
    if tags is None:
        return False
    proper = any(t.startswith(("ns", "nr", "nt", "nz", "nx")) or t == "j" for t in tags)
    return not proper and bool(tags & {"n", "a", "an", "b", "m", "mq", "q", "d", "v", "vn", "f", "s", "t", "r", "ad", "ag"})


def drop_reason(w, tag, core, jieba, diming, stops):
    if len(w) < 2 or not CJK.search(w):
        return "length"
    if DETERMINER_START.match(w) or (len(w) <= 3 and NUMERAL_START.match(w) and tag != "ntc"):
        return "determiner"
    if w in CATEGORY or w.endswith(CATEGORY_END):
        return "category"
    for head in HEADS:
        if len(head) >= 2 and w.endswith(head) and len(w) > len(head) and generic_modifier(w[:-len(head)], core):
            return "generic"
    if w in stops:
        return "stop"
    ctags = core.get(w, set())
    if ctags & {"v", "vn", "a"} or (ctags & {"n"} and jieba.get(w) not in ("j", "nt")):
        return "common"
    if any(t.startswith("ns") for t in ctags) or w in diming or (PLACE_END.search(w) and not ctags & HANLP_ORG_TAGS):
        return "place"
    if any(t.startswith("nr") for t in ctags) or jieba.get(w, "").startswith("nr"):
        return "person"
    if tag == "j" and w[-1] not in ORG_HEAD_CHARS:
        return "abbrev"
    return None


def build(src, jar):
    core = read_core(os.path.join(src, "hanlp-1.x", "CoreNatureDictionary.txt"))
    jieba = read_jieba(jar)
    th = os.path.join(src, "thuocl")
    diming = read_thuocl(os.path.join(th, "THUOCL_diming.txt"))
    thuocl = {"caijing": read_thuocl(os.path.join(th, "THUOCL_caijing.txt")), "IT": read_thuocl(os.path.join(th, "THUOCL_IT.txt"))}
    stops = read_stop()
    known = read_known()
    kept = collections.OrderedDict()  # word -> list of "source:tag"
    seen_drop = {}
    seen_common = {}
    counts = collections.Counter()
    per_source = collections.Counter()
    for w, source, tag in candidates(src, jieba):
        w = w.strip()
        key = source + ":" + tag
        if w in kept:
            if key not in kept[w]:
                kept[w].append(key)
            continue
        if w in seen_drop:
            continue
        counts["read"] += 1
        r = "known" if w in known else drop_reason(w, tag, core, jieba, diming, stops)
        if r:
            seen_drop[w] = r
            counts["drop:" + r] += 1
            continue
        kept[w] = [key]
        if "n" in core.get(w, set()):
            seen_common[w] = True
    rows = []
    for w in sorted(kept):
        srcs = kept[w]
        th_hits = [k for k in ("caijing", "IT") if w in thuocl[k]]
        # corroboration: a word only one list has is too often noise (idioms, phrases, 一家酒馆): keep words that
        # two independent lists have; HanLP's supplement shares jieba's lineage (广开财源, 复印室 nt in both), so they
        # count as one
        # THUOCL_IT is technical vocabulary (网际协议, 新闻资讯, 中央处理器), no organization list: only caijing corroborates
        if len({FAMILY.get(s.split(":")[0], s.split(":")[0]) for s in srcs}) + (1 if "caijing" in th_hits else 0) < 2:
            counts["drop:single-source"] += 1
            continue
        per_source[srcs[0].split(":")[0]] += 1
        if seen_common.get(w):
            counts["kept:core-n-but-jieba-name"] += 1
        attrs = ["kind=dict"]
        ctags = core.get(w, set())
        other = {t for t in ctags if not (t in HANLP_ORG_TAGS or t == "j")}
        if len(w) == 2 or other or seen_common.get(w):
            attrs.append("ambiguous=true")
        types = sorted({ORG_TYPE[s.split(":")[1]] for s in srcs if s.split(":")[1] in ORG_TYPE})
        if types:
            attrs.append("org_type=" + "|".join(types))
        attrs.append("src=" + "|".join(srcs))
        if th_hits:
            attrs.append("thuocl=" + "|".join(th_hits))
        rows.append(w + "\tORG\t\t\t" + ";".join(attrs))
    counts["kept"] = len(rows)
    counts["kept:2-chars"] = sum(len(r.split("\t")[0]) == 2 for r in rows)
    counts["kept:ambiguous"] = sum("ambiguous=true" in r for r in rows)
    return rows, counts, per_source


HEADER = """# ORG: organization names without a required suffix, from public dictionaries (kind=dict).
# Generated by lexicons/scripts/build_org_dicts.py; do not edit by hand, re-run the script (lexicons/README.md).
# Source (src= names file:tag of every source that lists the word); Licence of each source below; data date 2026-12:
#   hanlp-org        HanLP 1.x data/dictionary/custom/机构名词典.txt (hankcs/HanLP branch 1.x), Apache-2.0, https://github.com/hankcs/HanLP
#   hanlp-supplement HanLP 1.x data/dictionary/custom/现代汉语补充词库.txt, Apache-2.0
#   hanlp-core       HanLP 1.x data/dictionary/CoreNatureDictionary.txt, Apache-2.0
#   jieba            dict.txt of com.huaban:jieba-analysis:1.0.2 (Maven Central), Apache-2.0
#   thuocl=          corroboration only (THUOCL_caijing; THUOCL_IT is recorded, corroborates nothing) (thunlp/THUOCL @ a30ce79d), MIT
# Filters (length, determiner, category, generic, stop, common, place, person, abbrev, single-source): see the script's docstring.
# ambiguous=true: 2 characters, or the core dictionary has a non-name reading too: needs context.
# Columns: surface, type, canonical (empty = surface), aliases (|), attributes (k=v;k=v).
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sources", default=os.path.join(ROOT, "..", "shared", "lexicon-sources", "dictionaries"))
    ap.add_argument("--jieba", default=JIEBA)
    ap.add_argument("--check", action="store_true", help="only tell whether the committed file is current")
    a = ap.parse_args()
    if not os.path.exists(a.jieba):
        sys.exit("jieba jar not found: " + a.jieba + " (mvn dependency:get -Dartifact=com.huaban:jieba-analysis:1.0.2)")
    rows, counts, per_source = build(a.sources, a.jieba)
    text = HEADER + "\n".join(rows) + "\n"
    path = os.path.join(OUT_DIR, OUT)
    for k in sorted(counts):
        print("%-20s %7d" % (k, counts[k]))
    for k in sorted(per_source):
        print("kept first from %-16s %7d" % (k, per_source[k]))
    if a.check:
        with open(path, encoding="utf-8") as f:
            current = f.read() == text
        print(OUT, "is current" if current else "is STALE")
        sys.exit(0 if current else 1)
    with io.open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote", path)


if __name__ == "__main__":
    main()
