#!/usr/bin/env python3
"""Build Xinzhi's built-in ORG/PARK lexicons from the public name lists in lexicon-sources.

Usage (from the repository root):

    python3 lexicons/scripts/build_lexicons.py                  # sources: ../shared/lexicon-sources
    python3 lexicons/scripts/build_lexicons.py --sources DIR    # another copy of the sources
    python3 lexicons/scripts/build_lexicons.py --check          # build in memory, write nothing,
                                                                # fail if the committed files differ

Python 3 standard library only. The output is deterministic (sorted, no timestamps except the
source dates), so re-running on the same sources gives byte-identical files and a clean `git diff`.

Only sources whose terms allow redistribution inside an Apache-2.0 jar are read (see
lexicons/README.md for the reasoning); the CC BY-NC-ND files (Laosheng.top: central SOEs,
universities, State Council bodies) and files with no usable Chinese names (HKEX) are never read
here. Output format: see core/src/main/java/org/xinzhi/lexicon/LexiconParser.java

    surface <TAB> type <TAB> canonical <TAB> alias|alias <TAB> key=value;key=value

Every generated file starts with a '#' header naming its sources, their dates, commits and
licences. Attributes written here:

    PARK: level=national|provincial, type_name=<GB/T category>, province=<province>, code=<GB/T code>,
          ftz=<pilot FTZ of a 片区>, src=gbt37028|nbs2023|ftz
    ORG:  kind=full|short, code=<stock code>, market=SZ|SH|BJ|TW|TWO, status=delisted,
          ambiguous=true (see AMBIGUITY RULES below)

ALIAS RULES (general, never per name):
  * parentheses: names with （） get the () variant and vice versa (the text normalizer does not
    fold brackets, news uses both).
  * standard short forms of the zone type: 经济技术开发区→经开区, 高新技术产业开发区→高新区,
    高新技术产业园区→高新区, 综合保税区→综保区, 自由贸易试验区→自贸试验区/自贸区,
    国家自主创新示范区→国家自创区/自创区.
  * province prefix: a zone name starting with its province (河北省…/河北…) also gets the name
    without it, when what is left before the type suffix still has 2+ characters and is not only
    industry words (GENERIC_CORE_WORDS) (河北饶阳经济开发区 → 饶阳经济开发区; but
    北京经济技术开发区 and 上海化学工业经济技术开发区 keep only their full names).
  * "…市/…县" prefix: 义马市煤化工产业集聚区 → 义马煤化工产业集聚区, 秦皇岛市经济技术开发区 →
    秦皇岛经济技术开发区 (the form without 市/县; not after 城/超/都, where 市 is part of a word).
  * national zones also get their level-marked forms: 芜湖经济技术开发区 → 芜湖国家级经济技术开发区,
    芜湖国家级经开区, 芜湖国家经开区; 合肥高新技术产业开发区 → 合肥国家高新区, 合肥国家级高新区.
  * FTZ names 中国（X）自由贸易试验区 → X自由贸易试验区 / X自贸试验区 / X自贸区; their 片区
    rows combine with every FTZ form (湖北自贸区武汉片区); the bare 片区 name is a separate entry
    with ambiguous=true, except when it is generic (only words like 科技/创新/产业/高端 before 片区).
  * a generated alias claimed by two different zones is dropped from both, unless exactly one of
    them is national (then it stays with that one); an alias that is another zone's official
    name is dropped.
  * companies: full name → canonical; the full name without its legal form (股份有限公司,
    有限责任公司, 有限公司) is an alias when 4+ characters remain.

AMBIGUITY RULES (short company names; the recognizer should want context for these):
  * length 1 after cleaning: dropped.
  * length 2: ambiguous=true (two-character stock names are frequent false positives in news).
  * a place: provinces (full and short), NBS city names (with and without 市), the 2-3 character
    place core of GB/T/NBS zone names (芜湖 from 芜湖经济技术开发区), any string that starts a zone
    name (中关村 starts 中关村科技园区), and place+港 (a port: 连云港, 天津港): ambiguous=true.
  * a common word or landmark from COMMON_WORDS below (a short, reviewed list of stock short names
    that are ordinary words in news: 太平洋, 机器人, 太阳能 …): ambiguous=true.
  * Taiwan short names of 2-3 characters: ambiguous=true (TWSE abbreviations such as 中石化 or 南亚
    mean other organizations in mainland news); every Taiwan entry has market=TW|TWO, so a
    recognizer can take Taiwan short names only in traditional-script documents.
  * a short form claimed by two companies: kept for the listed one if exactly one is listed,
    otherwise dropped.
"""

import argparse
import csv
import io
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def default_sources():
    """../shared/lexicon-sources relative to the repo root, or the first such folder further up
    (a git worktree may sit one level deeper than the main checkout)."""
    d = REPO
    while True:
        parent = os.path.dirname(d)
        cand = os.path.join(parent, "shared", "lexicon-sources")
        if os.path.isdir(cand) or parent == d:
            return cand if os.path.isdir(cand) else os.path.join(os.path.dirname(REPO), "shared", "lexicon-sources")
        d = parent


DEFAULT_SOURCES = default_sources()
DEFAULT_OUT = os.path.join(REPO, "lexicons", "src", "main", "resources", "org", "xinzhi", "lexicons")

# Source metadata, copied from lexicon-sources/README.md (the table of files).
SOURCES = {
    "gbt": dict(
        file="zones/gbt37028_2018_economic_function_zones.csv",
        what="GB/T 37028-2018 《全国主要经济功能区分类与代码》 (all 2606 zones; built on the 2018 中国开发区审核公告目录)",
        via="WankkoRee/cn-adcode-efzcode src/raw/GB_T_37028/data/GB_T 37028-2018.json @ 564fb5981de05fab49f35c172b3564a37f323cf1",
        date="2018 (national standard, SAMR/SAC)",
        licence="zone names are facts published in a national standard; the transcribing repo is GPLv3, "
                "we take only the names, codes and categories (no code, no creative selection of the repo)",
    ),
    "nbs": dict(
        file="zones/nbs_2023_statistical_division_functional_zones.csv",
        what="NBS 《2023年统计用区划代码和城乡划分代码》 county-level functional zones (codes xxxx71-xxxx80)",
        via="modood/Administrative-divisions-of-China dist/areas.csv, cities.csv, provinces.csv @ dc3a1d7acd85ca1b0979543e9259604142c52e8e",
        date="2023-06-30",
        licence="WTFPL (repo LICENSE); official statistical codes",
    ),
    "ftz": dict(
        file="zones/pilot_ftz_areas_partial.csv",
        what="pilot free-trade zones and their 片区 (15 of 22 FTZs; partial)",
        via="web pages listed per row in the source column (news re-posts of State Council 总体方案/批复, e.g. 国函〔2019〕72号)",
        date="2015-2023",
        licence="names of zones set up by State Council documents (official documents are not protected, "
                "PRC Copyright Law art. 5); only the names are taken, no page text",
    ),
    "szse": dict(
        file="companies/szse_a_share_list_2025-12.csv",
        what="Shenzhen Stock Exchange A-share list (主板 + 创业板): 公司全称, A股简称, B股简称",
        via="LuWei-HUST/stocks A股列表.xlsx @ 8a57db6efc064c1bc917636798e74efd8e091207 (official SZSE download)",
        date="2025-12-28",
        licence="none stated; exchange listing data, company names are public facts",
    ),
    "sse": dict(
        file="companies/sse_stock_list_2025-12.csv",
        what="Shanghai Stock Exchange main-board list: 证券简称, 扩位证券简称 (no Chinese full names)",
        via="LuWei-HUST/stocks GPLIST.xls @ ae6682c8c2f6e9dbab3578c57e9b2b32909d9a62 (official SSE download)",
        date="2025-12-30",
        licence="none stated; exchange listing data, company names are public facts",
    ),
    "tushare": dict(
        file="companies/a_share_all_tushare_stock_basic_2026-03.csv",
        what="tushare stock_basic: all A-share short names incl. STAR (688), 北交所 (BJ) and delisted",
        via="AFAN-LIFE/macropage data/stock_basic.csv @ 9ef6144e2c82f1e5465ab8629ae2980d13c89f9d",
        date="2026-03-04",
        licence="CC BY 4.0 (repo LICENSE): attribution AFAN-LIFE/macropage, data from tushare",
    ),
    "twse": dict(
        file="other/twse_listed_companies_t187ap03_L_2024-10.csv",
        what="TWSE listed companies 公司名稱/公司簡稱 (traditional characters; the loader normalizes to simplified)",
        via="damentsai/stock_analysis t187ap03_L.csv @ 07059a7baf83b3dcb86a163a025def4c41808a38 (TWSE OpenData t187ap03_L)",
        date="2024-10-29",
        licence="政府資料開放授權條款 (Taiwan Open Government Data License, attribution); repo: none stated",
    ),
    "tpex": dict(
        file="other/tpex_otc_companies_t187ap03_O_2024-10.csv",
        what="TPEx (上櫃) companies 公司名稱/公司簡稱 (traditional characters)",
        via="damentsai/stock_analysis t187ap03_O.csv @ 07059a7baf83b3dcb86a163a025def4c41808a38 (TPEx OpenData t187ap03_O)",
        date="2024-10-29",
        licence="政府資料開放授權條款 (Taiwan Open Government Data License, attribution); repo: none stated",
    ),
}

# Stock short names that are ordinary words, landmarks or places in news text (reviewed by hand
# from the 2-4 character short names of the lists above; NOT taken from any evaluation document).
COMMON_WORDS = set("""
太平洋 大西洋 机器人 太阳能 农产品 新世界 新天地 金融街 电子城 三人行 向日葵 指南针 老百姓 数据港
新产业 新动力 新城市 新里程 值得买 好想你 孩子王 火星人 葫芦娃 黑芝麻 金太阳 红太阳 阳光城 步步高
探路者 百合花 生物谷 驱动力 智动力 动力源 新风光 创世纪 大智慧 新经典 新希望
中关村 陆家嘴 外高桥 徐家汇 王府井 长白山 峨眉山 张家界 天目湖 北大荒 西上海
""".split())

PROVINCE_SUFFIXES = ("省", "市", "自治区", "壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区")

# Zone-type suffixes and their standard short forms (longest first).
TYPE_SHORT_FORMS = [
    ("高新技术产业开发区", ["高新区"]),
    ("高新技术产业园区", ["高新区"]),
    ("经济技术开发区", ["经开区"]),
    ("综合保税区", ["综保区"]),
    ("自由贸易试验区", ["自贸试验区", "自贸区"]),
    ("国家自主创新示范区", ["国家自创区", "自创区"]),
]

# Suffixes that end a zone name; used to find a zone's place core (芜湖 in 芜湖经济技术开发区).
ZONE_SUFFIXES = sorted("""
高新技术产业开发区 高新技术产业园区 高新技术开发区 经济技术开发区 综合保税区 保税港区 保税区 出口加工区
保税物流园区 经济开发区 工业园区 产业园区 工业集中区 产业集聚区 新区 园区 开发区 工业园 产业园
边境经济合作区 国家自主创新示范区 自由贸易试验区 管理区 示范区
""".split(), key=len, reverse=True)

# NBS rows kept as PARK only when the name ends with one of these (drops 管理区, 风景名胜区, 管委会 …).
NBS_PARK_ENDINGS = ("开发区", "园区", "新区", "示范区", "实验区", "试验区", "聚集区", "集聚区", "产业园")

# A 片区 whose name is only these words is generic and needs its FTZ (科技创新片区, 高端产业片区).
GENERIC_AREA_WORDS = ("科技", "创新", "产业", "高端", "国际", "商务", "服务", "金融", "开发", "中心", "综合")

# A zone core made only of these words names an industry, not a place (上海化学工业经济技术开发区
# must not become 化学工业经济技术开发区).
GENERIC_CORE_WORDS = sorted("""
化学 化工 工业 汽车 产业 科技 高新 技术 经济 国际 现代 物流 综合 保税 出口 加工 航空 航天 生物 医药 装备
制造 材料 新材料 电子 信息 软件 文化 旅游 临港 空港 港口 创新 新兴 商贸 贸易 金融 农业 高科技 精细 新
""".split(), key=len, reverse=True)
GENERIC_CORE_RE = re.compile("(" + "|".join(GENERIC_CORE_WORDS) + ")+")

STATS = {}  # what the rules dropped, printed after a build

LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司")


def fold(s):
    """Width folding and space removal for names (the Java normalizer folds width too)."""
    out = []
    for ch in s:
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E and ch not in "（）":
            ch = chr(o - 0xFEE0)
        if ch in " \u3000\t\u00a0":
            continue
        out.append(ch)
    return "".join(out)


def paren_variants(name):
    """Both bracket styles of a name (the text normalizer keeps brackets as written)."""
    out = [name]
    if "（" in name or "）" in name:
        out.append(name.replace("（", "(").replace("）", ")"))
    if "(" in name or ")" in name:
        out.append(name.replace("(", "（").replace(")", "）"))
    return out


def read_csv(sources, key):
    path = os.path.join(sources, SOURCES[key]["file"])
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def province_prefixes(province, short):
    """Prefixes a zone name may start with for its province: 江苏省, 江苏, 广西壮族自治区, 广西."""
    out = {province, short}
    for suf in PROVINCE_SUFFIXES:
        if province.endswith(suf):
            out.add(province[: -len(suf)])
    return sorted((p for p in out if p), key=len, reverse=True)


def split_suffix(name):
    for suf in ZONE_SUFFIXES:
        if name.endswith(suf) and len(name) > len(suf):
            return name[: -len(suf)], suf
    return name, ""


# ---------------------------------------------------------------------------------------- zones

class Zone:
    def __init__(self, name, src, attrs, national):
        self.name = name
        self.src = src
        self.attrs = attrs
        self.national = national
        self.aliases = set()
        self.extra = []  # (surface, attrs) entries that must stay separate (ambiguous bare forms)


def short_forms(name):
    """Type short forms: 芜湖经济技术开发区 → 芜湖经开区."""
    out = set()
    for long_form, shorts in TYPE_SHORT_FORMS:
        if long_form in name:
            for s in shorts:
                out.add(name.replace(long_form, s))
    return out


# Level-marked forms of national zones (the type short forms are applied to them afterwards).
NATIONAL_FORMS = [
    ("经济技术开发区", ["国家级经济技术开发区", "国家经济技术开发区"]),
    ("高新技术产业开发区", ["国家高新技术产业开发区", "国家级高新技术产业开发区"]),
]


def zone_aliases(name, prefixes, national=False):
    forms = {name}
    # province prefix removed, when the part before the type suffix stays specific
    for p in prefixes:
        if name.startswith(p):
            rest = name[len(p):]
            core, suf = split_suffix(rest)
            if (suf and len(core) >= 2 and not rest.startswith(("市", "省", "县"))
                    and not GENERIC_CORE_RE.fullmatch(core)):
                forms.add(rest)
            break
    # 义马市煤化工产业集聚区 → 义马煤化工产业集聚区
    for f in list(forms):
        m = re.match(r"^(.{2,4}?)[市县](.{2,})$", f)
        # not after a province (云南芒市工业园: 芒市 is the city's whole name), nor where 市 ends a word
        if (m and not m.group(1).endswith(("城", "超", "都"))
                and not any(m.group(1).startswith(p) for p in prefixes) and (m.group(2) in ZONE_SUFFIXES
                or (split_suffix(m.group(2))[1] and len(split_suffix(m.group(2))[0]) >= 2))):
            forms.add(m.group(1) + m.group(2))
    # 中国（上海）自由贸易试验区 → 上海自由贸易试验区
    for f in list(forms):
        m = re.match(r"^中国[（(](.+?)[）)](.+)$", f)
        if m:
            forms.add(m.group(1) + m.group(2))
    if national:
        # news names national zones with their level: 芜湖国家经开区, 合肥国家高新区
        for f in list(forms):
            for long_form, level_forms in NATIONAL_FORMS:
                if f.endswith(long_form) and len(f) > len(long_form) and "国家" not in f:
                    forms.update(f[: -len(long_form)] + lf for lf in level_forms)
    for f in list(forms):
        forms |= short_forms(f)
    for f in list(forms):
        forms |= set(paren_variants(f))
    forms.discard(name)
    return forms


def build_zones(sources):
    zones = {}
    places = set()
    gbt = read_csv(sources, "gbt")
    for r in gbt:
        name = fold(re.sub(r"（含.*?）$", "", r["name"].strip()))
        if name in zones:  # 上海朱泾工业园区 is listed twice
            continue
        national = r["level"] == "national"
        attrs = dict(level=r["level"], type_name=r["type_name"], province=r["province"], code=r["code"], src="gbt37028")
        z = Zone(name, "gbt", attrs, national)
        prefixes = province_prefixes(r["province"], r["province_short"])
        z.aliases = zone_aliases(name, prefixes, national)
        zones[name] = z
        places.update(p for p in prefixes if len(p) >= 2)
        for f in [name] + sorted(z.aliases):
            core, suf = split_suffix(f)
            if suf and 2 <= len(core) <= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", core):
                places.add(core)
    for r in read_csv(sources, "nbs"):
        name = fold(r["name"].strip())
        places.add(r["city"])
        for suf in PROVINCE_SUFFIXES + ("地区", "盟"):
            if r["city"].endswith(suf) and len(r["city"]) - len(suf) >= 2:
                places.add(r["city"][: -len(suf)])
        places.update(province_prefixes(r["province"], ""))
        if name in zones or not name.endswith(NBS_PARK_ENDINGS):
            continue
        attrs = dict(province=r["province"], code=r["nbs_code"], src="nbs2023")
        z = Zone(name, "nbs", attrs, False)
        z.aliases = zone_aliases(name, province_prefixes(r["province"], ""))
        zones[name] = z
    for r in read_csv(sources, "ftz"):
        ftz = fold(r["ftz_name"].strip())
        area = fold(r["area_name"].strip())
        if not area.endswith("片区"):
            # a customs zone inside the FTZ: its own name
            if area not in zones:
                z = Zone(area, "ftz", dict(ftz=ftz, province=r["province"], src="ftz"), True)
                z.aliases = zone_aliases(area, province_prefixes(r["province"], ""))
                zones[area] = z
            continue
        ftz_forms = {ftz} | zone_aliases(ftz, [])
        name = ftz + area
        z = Zone(name, "ftz", dict(ftz=ftz, province=r["province"], src="ftz"), True)
        z.aliases = {f + area for f in ftz_forms} - {name}
        core = area[: -len("片区")]
        generic = core == "" or re.fullmatch("(" + "|".join(GENERIC_AREA_WORDS) + ")+", core) is not None
        if not generic and area not in zones:
            z.extra.append((area, dict(ftz=ftz, province=r["province"], src="ftz", ambiguous="true")))
        zones[name] = z
    resolve_zone_aliases(zones)
    return zones, places


def resolve_zone_aliases(zones):
    claims = defaultdict(list)
    for z in zones.values():
        for a in z.aliases:
            claims[a].append(z)
    for a, zs in claims.items():
        drop = a in zones
        if len(zs) > 1:
            nat = [z for z in zs if z.national]
            keep = nat[0] if len(nat) == 1 else None
        else:
            keep = zs[0]
        for z in zs:
            if drop or z is not keep:
                z.aliases.discard(a)


# ------------------------------------------------------------------------------------ companies

PREFIX_RE = re.compile(r"^(S\*ST|\*ST|SST|ST|PT|S|C|N|XD|XR|DR)(?=[\u4e00-\u9fff])")


def clean_short(name):
    """万  科Ａ → 万科; *ST国华 → 国华; 神城A退(退) → 神城; 鮮活果汁-KY → 鮮活果汁."""
    n = fold(name)
    n = re.sub(r"\(退\)$", "", n)
    n = re.sub(r"-(KY|DR|U|W|UW|WD)$", "", n)
    n = PREFIX_RE.sub("", n)
    n = re.sub(r"^退市", "", n)
    n = re.sub(r"退$", "", n)
    n = re.sub(r"(?<=[\u4e00-\u9fff])[AB]$", "", n)
    return n


def strip_legal_form(full):
    for lf in LEGAL_FORMS:
        if full.endswith(lf) and len(full) - len(lf) >= 4:
            return full[: -len(lf)]
    return None


class Company:
    def __init__(self, code, market):
        self.code = code
        self.market = market
        self.full = None
        self.shorts = []  # in preference order
        self.listed = True

    def canonical(self):
        if self.full:
            return self.full
        return max(self.shorts, key=len) if self.shorts else None


def build_cn_companies(sources):
    cos = {}

    def co(code, market):
        if code not in cos:
            cos[code] = Company(code, market)
        return cos[code]

    for r in read_csv(sources, "szse"):
        code = r["A股代码"].strip() or r["B股代码"].strip()
        c = co(code, "SZ")
        c.full = fold(r["公司全称"].strip()) or None
        for col in ("A股简称", "B股简称"):
            if r[col].strip():
                c.shorts.append(clean_short(r[col]))
    for r in read_csv(sources, "sse"):
        code = r["A股代码"].strip()
        c = co(code, "SH")
        for col in ("证券简称", "扩位证券简称"):
            if r[col].strip():
                c.shorts.append(clean_short(r[col]))
    for r in read_csv(sources, "tushare"):
        code = r["symbol"].strip()
        market = r["ts_code"].split(".")[-1]
        c = co(code, market)
        c.shorts.append(clean_short(r["name"]))
        if r["status"] == "D":
            c.listed = False
    return cos


def build_tw_companies(sources, key, market):
    cos = {}
    for r in read_csv(sources, key):
        c = Company(r["公司代號"].strip(), market)
        c.full = fold(r["公司名稱"].strip()) or None
        if r["公司簡稱"].strip():
            c.shorts.append(clean_short(r["公司簡稱"]))
        cos[c.code] = c
    return cos


def is_place_like(s, places, zone_forms_prefixes):
    if s in places or s in zone_forms_prefixes:
        return True
    if s.endswith("港") and s[:-1] in places:
        return True
    return False


def company_entries(cos, places, zone_prefixes, taiwan):
    """Returns {surface: (canonical, aliases, attrs)} after the ambiguity and conflict rules."""
    claims = defaultdict(list)
    full_entries = {}
    for c in sorted(cos.values(), key=lambda c: c.code):
        canon = c.canonical()
        if not canon:
            continue
        base = dict(code=c.code, market=c.market)
        if not c.listed:
            base["status"] = "delisted"
        if c.full:
            aliases = set(paren_variants(c.full))
            stem = strip_legal_form(c.full)
            if stem and stem not in c.shorts:  # a short form is its own entry
                aliases |= set(paren_variants(stem))
            aliases.discard(c.full)
            full_entries[c.full] = (c.full, aliases, dict(base, kind="full"), c)
        seen = set()
        for s in c.shorts:
            if s in seen or s == c.full:
                continue
            seen.add(s)
            claims[s].append((c, canon, base))
    out = {}
    dropped = STATS.setdefault("taiwan" if taiwan else "mainland", defaultdict(int))
    for surface, (canon, aliases, attrs, c) in full_entries.items():
        out[surface] = (canon, aliases, attrs)
    for s, cl in sorted(claims.items()):
        if len(s) <= 1:
            dropped["short name of 1 character dropped"] += 1
            continue
        if s in out:
            continue
        canons = {canon for _, canon, _ in cl}
        if len(canons) > 1:
            listed = [x for x in cl if x[0].listed]
            if len({canon for _, canon, _ in listed}) != 1:
                dropped["short name claimed by two companies dropped"] += 1
                continue
            cl = listed
        c, canon, base = cl[0]
        attrs = dict(base, kind="short")
        if (len(s) == 2 or s in COMMON_WORDS or is_place_like(s, places, zone_prefixes)
                or (taiwan and len(s) <= 3)):
            attrs["ambiguous"] = "true"
        out[s] = (canon, set(), attrs)
    return out


# --------------------------------------------------------------------------------------- output

ATTR_ORDER = ["kind", "level", "type_name", "province", "ftz", "code", "market", "status", "ambiguous", "src"]


def fmt_attrs(attrs):
    keys = sorted(attrs, key=lambda k: (ATTR_ORDER.index(k) if k in ATTR_ORDER else 99, k))
    for k in keys:
        v = attrs[k]
        if any(ch in v for ch in "\t;=\n"):
            raise ValueError("attribute value not allowed: %r" % v)
    return ";".join("%s=%s" % (k, attrs[k]) for k in keys)


def line(surface, typ, canonical, aliases, attrs):
    for part in [surface, canonical] + list(aliases):
        if any(ch in part for ch in "\t\n|"):
            raise ValueError("bad character in %r" % part)
    return "\t".join([surface, typ, canonical if canonical != surface else "",
                      "|".join(sorted(aliases)), fmt_attrs(attrs)]).rstrip("\t")


def header(title, keys, extra_notes):
    h = ["# " + title,
         "# Generated by lexicons/scripts/build_lexicons.py from ../shared/lexicon-sources; do not edit by hand,",
         "# re-run the script instead (see lexicons/README.md).",
         "# Columns: surface, type, canonical (empty = surface), aliases (|), attributes (k=v;k=v)."]
    for k in keys:
        s = SOURCES[k]
        h.append("# Source: %s" % s["what"])
        h.append("#   file %s; via %s" % (s["file"], s["via"]))
        h.append("#   data date %s; licence: %s" % (s["date"], s["licence"]))
    for n in extra_notes:
        h.append("# " + n)
    return h


def render_zones(zones, src):
    lines = []
    for name in sorted(z for z in zones if zones[z].src == src):
        z = zones[name]
        lines.append(line(name, "PARK", name, z.aliases, z.attrs))
        for surface, attrs in z.extra:
            lines.append(line(surface, "PARK", name, (), attrs))
    return lines


def render_orgs(entries):
    return [line(s, "ORG", canon, aliases, attrs) for s, (canon, aliases, attrs) in sorted(entries.items())]


def build(sources):
    zones, places = build_zones(sources)
    # strings that start a zone name or alias (中关村 → 中关村科技园区) make a short name place-like
    zone_prefixes = set()
    for z in zones.values():
        for f in [z.name] + list(z.aliases):
            core, suf = split_suffix(f)
            if suf:
                zone_prefixes.add(core)
    cn = build_cn_companies(sources)
    tw = build_tw_companies(sources, "twse", "TW")
    tw.update(build_tw_companies(sources, "tpex", "TWO"))
    files = {}
    files["park_gbt37028.tsv"] = header(
        "PARK: zones of GB/T 37028-2018 (canonical = official name in the standard)", ["gbt"],
        ["Attributes: level (national/provincial), type_name (GB/T category), province, code (GB/T 8-digit code)."]
    ) + render_zones(zones, "gbt")
    files["park_nbs2023.tsv"] = header(
        "PARK: NBS 2023 county-level functional zones not already named in GB/T 37028", ["nbs"],
        ["Only names ending in a park word (开发区, 园区, 新区, 示范区, 实验区, 试验区, 聚集区, 集聚区, 产业园);"
         " 管理区/风景名胜区/管委会 rows are left out."]
    ) + render_zones(zones, "nbs")
    files["park_ftz_areas.tsv"] = header(
        "PARK: pilot free-trade-zone 片区 (15 of 22 FTZs) and customs zones inside them", ["ftz"],
        ["canonical = FTZ official name + 片区 name; a bare 片区 name (武汉片区) is a separate entry with ambiguous=true."]
    ) + render_zones(zones, "ftz")
    files["org_listed_cn.tsv"] = header(
        "ORG: mainland listed companies (full names where known, exchange short names)", ["szse", "sse", "tushare"],
        ["kind=full|short; canonical = full name (SZSE) or, without one (SSE, STAR, BJ), the longest short form;",
         "short names cleaned: ST/*ST/S/PT/C/N prefixes, 退 marks, A/B share letters, padding spaces removed, width folded;",
         "ambiguous=true: 2-character names, places, common words (rules in the script's docstring)."]
    ) + render_orgs(company_entries(cn, places, zone_prefixes, False))
    files["org_listed_tw.tsv"] = header(
        "ORG: Taiwan listed (TWSE) and OTC (TPEx) companies, traditional characters as published", ["twse", "tpex"],
        ["The loader normalizes surfaces to simplified, so these match text in both scripts.",
         "ambiguous=true on short names of 2-3 characters (TWSE abbreviations collide with mainland usage)."]
    ) + render_orgs(company_entries(tw, places, zone_prefixes, True))
    return {k: "\n".join(v) + "\n" for k, v in files.items()}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sources", default=DEFAULT_SOURCES, help="lexicon-sources folder (default %(default)s)")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output folder (default %(default)s)")
    ap.add_argument("--check", action="store_true", help="write nothing; exit 1 if committed files differ")
    args = ap.parse_args(argv)
    if not os.path.isdir(args.sources):
        sys.exit("lexicon sources not found: %s (use --sources DIR)" % args.sources)
    files = build(args.sources)
    stale = []
    for name, text in sorted(files.items()):
        path = os.path.join(args.out, name)
        n = sum(1 for l in text.splitlines() if l and not l.startswith("#"))
        if args.check:
            old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
            if old != text:
                stale.append(name)
            continue
        with io.open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print("%-22s %6d entries %8d bytes" % (name, n, len(text.encode("utf-8"))))
    for group, counts in sorted(STATS.items()):
        for what, n in sorted(counts.items()):
            print("%s: %s: %d" % (group, what, n))
    if stale:
        sys.exit("out of date: %s (re-run lexicons/scripts/build_lexicons.py)" % ", ".join(stale))


if __name__ == "__main__":
    main()
