package org.xinzhi.lexicon;

/** The kinds of lexicon entries; the second column of every lexicon line. */
public enum EntryType {
    /** A named organization (surface = a name or short name, canonical = the full name). */
    ORG,
    /** A named park or zone. */
    PARK,
    /** A word that ends organization names (有限公司, 集团, 管委会, 实验室). */
    ORG_SUFFIX,
    /** A word that ends park names (产业园, 开发区, 新片区, 科创园). */
    PARK_SUFFIX,
    /** A known false positive: never an ORG or PARK (新片区, 管委会 alone, 三大运营商). */
    STOP,
    /** A measure or event word used as a fact predicate (销售额, 净利润, 总投资). */
    METRIC,
    /** A money noun that makes a bare scaled number MONEY (营收3.5亿): GDP, 产值, 融资. */
    MONEY_NOUN,
    /** A currency word or symbol (元, 美元, US$); canonical = ISO 4217 code. */
    CURRENCY,
    /** A unit of measure or counting word (辆, 吨, GWh, 家); canonical = the unit's family. */
    UNIT
}
