package org.xinzhi.recognize;

import org.xinzhi.model.MentionType;
import org.xinzhi.model.Qualifier;
import org.xinzhi.model.Mention;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.xinzhi.lexicon.EntryType;
import org.xinzhi.lexicon.LexiconEntry;
import org.xinzhi.lexicon.LexiconMatch;
import org.xinzhi.lexicon.LexiconMatcher;
import org.xinzhi.lexicon.LexiconSet;
import org.xinzhi.number.NumberParser;
import org.xinzhi.number.ParsedNumber;
import org.xinzhi.number.QualifierWords;
import org.xinzhi.segment.AnalyzedText;

/**
 * MONEY, PERCENT and QUANTITY mentions: a numeral from {@link NumberParser}, the currency, percent
 * sign or unit that follows (or the currency symbol before it), and the qualifier words around it,
 * as GUIDELINES.md and DECISIONS.md ("Numbers") define them.
 *
 * <p>Currencies, units and money nouns come from the lexicons (types CURRENCY, UNIT, MONEY_NOUN), so
 * users extend them with their own files. Automata are built once per instance; immutable and
 * thread-safe.
 */
public final class NumericRecognizer implements Recognizer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final String RANGE_LINKS = "至到-—–~～〜－";
    private static final String GROWTH = "增长增加提高提升上涨扩大翻了番";

    private final NumberParser parser;
    private final Map<String, LexiconEntry> currencies = new HashMap<>();
    private final Map<String, LexiconEntry> units = new HashMap<>();
    /** Currency and unit forms as tries: longest-match lookups walk the text, cutting no substrings. */
    private final FormTrie currencyForms;
    private final FormTrie unitForms;
    private final LexiconMatcher moneyNouns;

    public NumericRecognizer(LexiconSet lexicons) {
        Objects.requireNonNull(lexicons, "lexicons");
        for (LexiconEntry e : lexicons.entries(EntryType.CURRENCY)) {
            currencies.put(e.surface(), e);
            for (String a : e.aliases()) {
                currencies.putIfAbsent(a, e);
            }
        }
        List<String> stop = new ArrayList<>();
        for (LexiconEntry e : lexicons.entries(EntryType.UNIT)) {
            units.put(e.surface(), e);
            stop.add(e.surface());
            for (String a : e.aliases()) {
                units.putIfAbsent(a, e);
                stop.add(a);
            }
        }
        this.currencyForms = new FormTrie(currencies.keySet());
        this.unitForms = new FormTrie(units.keySet());
        this.parser = NumberParser.withStopWords(stop);
        this.moneyNouns = lexicons.matcher(EntryType.MONEY_NOUN);
    }

    @Override
    public List<Mention> recognize(AnalyzedText analyzed) {
        String t = analyzed.normalized();
        List<Mention> out = new ArrayList<>();
        if (t.isEmpty()) {
            return out;
        }
        String local = ContextCurrency.of(t);
        boolean[] nounEnds = new boolean[t.length() + 1];
        for (LexiconMatch m : moneyNouns.findAll(t)) {
            nounEnds[m.end()] = true;
        }
        Doc doc = new Doc(analyzed, t, local, nounEnds);
        int n = t.length();
        int[] urlEnd = urlEnds(t);
        int i = 0;
        while (i < n) {
            if (urlEnd[i] > i) {
                i = urlEnd[i]; // numbers inside links (%20, ?id=30) are not amounts
                continue;
            }
            int next = tryAt(doc, i, out);
            i = Math.max(next, i + 1);
        }
        return out;
    }

    /** For each position that starts a URL, where it ends (else 0). */
    private static int[] urlEnds(String t) {
        int[] ends = new int[t.length() + 1];
        for (String marker : List.of("http://", "https://", "www.")) {
            int k = t.indexOf(marker);
            while (k >= 0) {
                int e = k;
                while (e < t.length() && t.charAt(e) > ' ' && t.charAt(e) < 127) {
                    e++;
                }
                ends[k] = Math.max(ends[k], e);
                k = t.indexOf(marker, e);
            }
        }
        return ends;
    }

    private record Doc(AnalyzedText analyzed, String t, String localCurrency, boolean[] nounEnds) {
        /** The currency of 元 at {@code pos}: the sentence's own cue (香港, 台湾) or the document's. */
        String local(int pos) {
            org.xinzhi.text.Sentence s = analyzed.sentenceAt(pos);
            return s == null ? localCurrency : ContextCurrency.ofSentence(t.substring(s.start(), s.end()), localCurrency);
        }
    }

    /** A numeric value with its unit, as found after a numeral. */
    private record Measure(MentionType type, int end, BigDecimal value, BigDecimal max, String unit,
                           Qualifier numeralQualifier, boolean date, String unitKind) {
    }

    /** Tries to read a mention starting at {@code i}; returns the position to continue from. */
    private int tryAt(Doc d, int i, List<Mention> out) {
        String t = d.t;
        char c = t.charAt(i);
        // a currency symbol before the amount: ¥300, US$5亿, HK$1.95
        LexiconEntry prefixCurrency = null;
        int numStart = i;
        String cur = currencyForms.longest(t, i);
        boolean wordPrefix = cur != null && !isPrefixCurrency(currencies.get(cur)) && !"true".equals(currencies.get(cur).attribute("local"));
        if (cur != null && (isPrefixCurrency(currencies.get(cur)) || wordPrefix) && !(i > 0 && isAsciiLetter(t.charAt(i - 1)))) {
            int j = i + cur.length();
            if (j < t.length() && t.charAt(j) == ' ') {
                j++;
            }
            if (j < t.length() && Character.isDigit(t.charAt(j))) {
                prefixCurrency = currencies.get(cur);
                numStart = j;
            }
        }
        if (prefixCurrency == null) {
            if (c == '半') {
                return tryHalf(d, i, out);
            }
            if (c == '对' && i > 0 && t.charAt(i - 1) == '打' && i + 1 < t.length() && t.charAt(i + 1) == '折') {
                out.add(Mention.numeric(MentionType.PERCENT, i, i + 2, "对折", "对折", HALF, null, null, Qualifier.EXACT));
                return i + 2; // 打对折: half price
            }
            if (!NumberParser.canStart(c) || !goodLeftBoundary(t, i)) {
                return i + 1;
            }
        }
        ParsedNumber num = parser.parseAt(t, numStart);
        if (num == null) {
            if (prefixCurrency == null && (c == '万' || c == '亿')) {
                return tryBareScale(d, i, out);
            }
            return NumberParser.skipDigitRun(t, numStart);
        }
        if (num.value().signum() < 0 && t.charAt(numStart) == '-' && numStart > 0 && isRangeContext(t, numStart)) {
            return numStart + 1;
        }
        if (isOrdinalOrRank(t, numStart, num.end())) {
            return num.end();
        }
        if (isCodeRight(t, num)) {
            return skipToken(t, num.end());
        }
        Measure m;
        String namedBefore = null;
        if (prefixCurrency != null && wordPrefix && currencyForms.longest(t, num.end()) != null) {
            // 新台币1.2兆元, 人民币500亿元: the word before names the currency of 元 but stays outside the span
            namedBefore = prefixCurrency.canonical();
            prefixCurrency = null;
        }
        if (prefixCurrency != null && wordPrefix && num.end() < t.length() && Character.isLetter(t.charAt(num.end()))
                && unitAt(t, num.end()) != null) {
            return i + 1; // 美元5家: not an amount
        }
        if (prefixCurrency != null) {
            int end = num.end();
            String after = currencyForms.longest(t, end);
            if (after != null && "元".equals(after)) {
                end += after.length(); // ¥300元
            }
            m = new Measure(MentionType.MONEY, end, num.value(), num.valueMax(), iso(prefixCurrency, d, numStart), num.qualifier(), false, null);
        } else {
            m = measure(d, num);
        }
        // ranges: 3万至5万元, 10%—15%, 3-5亿元, 三到五成
        Measure range = rangeAfter(d, num, m);
        if (range != null && range.date) {
            return range.end;
        }
        if (range != null) {
            m = range;
        }
        if (m == null || m.type == null) {
            if (m != null && m.date) {
                return m.end;
            }
            // implied currency: a scaled number directly measuring a money noun (营收3.5亿)
            if (num.scaled() && num.hasDigit() && num.kind() == ParsedNumber.Kind.NUMBER && measuresMoneyNoun(d, numStart)
                    && !followedByUnknownWord(t, num.end())) {
                m = new Measure(MentionType.MONEY, num.end(), num.value(), num.valueMax(), d.local(numStart), num.qualifier(), false, null);
            } else {
                return num.end();
            }
        }
        if (m.date) {
            return m.end;
        }
        if (namedBefore != null && m.type == MentionType.MONEY && m.unit != null && m.unit.equals(d.local(numStart))) {
            m = new Measure(m.type, m.end, m.value, m.max, namedBefore, m.numeralQualifier, false, m.unitKind);
        }
        // indefinite 一 + classifier (一家企业) is no count; 一个月, 一公里 are
        if ("classifier".equals(m.unitKind) && m.type == MentionType.QUANTITY && isIndefiniteOne(t, num)) {
            return m.end;
        }
        // 十四届全国人大, 二次会议, 三中全会: session numbers are ordinals written without 第
        if (m.type == MentionType.QUANTITY && isSessionOrdinal(t, m)) {
            return m.end;
        }
        // 三位一体, 一心一意: a Chinese numeral + classifier + another numeral is an idiom, not a count
        if ("classifier".equals(m.unitKind) && !num.arabic() && m.end < t.length() && m.end - num.end() == 1
                && "一二三四五六七八九".indexOf(t.charAt(m.end)) >= 0) {
            return m.end;
        }
        int start = prefixCurrency != null ? i : numStart;
        int end = m.end;
        Qualifier q = m.numeralQualifier;
        boolean vague = q != Qualifier.EXACT;
        // qualifier words after: 以上, 左右, 以内; 内 only after durations (一周内)
        QualifierWords.Match after = QualifierWords.attachedAfter(t, end);
        if (after == null && "duration".equals(m.unitKind) && end < t.length() && t.charAt(end) == '内') {
            after = new QualifierWords.Match(end, end + 1, Qualifier.AT_MOST, true);
        }
        if (after != null) {
            end = after.end();
            if (!vague) {
                q = after.qualifier();
            }
        }
        // qualifier words before: attached ones join the span, separated cues only set the qualifier
        QualifierWords.Match before = QualifierWords.attachedBefore(t, start);
        if (before != null) {
            boolean recent = "近".equals(t.substring(before.start(), before.end())) && "duration".equals(m.unitKind)
                    && end < t.length() && t.charAt(end) == '来';
            if (!recent) {
                start = before.start();
                if (!vague || q == Qualifier.AT_LEAST && before.qualifier() != Qualifier.AT_LEAST) {
                    q = q == Qualifier.RANGE ? q : before.qualifier();
                }
            }
        } else {
            QualifierWords.Match sep = QualifierWords.separatedBefore(t, start);
            if (sep != null && !vague && q == Qualifier.EXACT) {
                q = sep.qualifier();
            }
        }
        BigDecimal max = q == Qualifier.RANGE ? m.max : null;
        String normalized = t.substring(start, end);
        out.add(Mention.numeric(m.type, start, end, normalized, normalized, m.value, max, m.unit, q));
        return end;
    }

    /**
     * A range whose first number is {@code num} (measured as {@code m}, possibly without a unit):
     * 3万至5万元, 10%—15%, 3-5亿元 (3 takes 亿 from the second number), 三到五成. Null if there is none;
     * a Measure with date=true if the second part is a date (1—8月).
     */
    private Measure rangeAfter(Doc d, ParsedNumber num, Measure m) {
        String t = d.t;
        boolean measured = m != null && m.type != null;
        int link = measured ? m.end : num.end();
        if (link + 1 >= t.length() || RANGE_LINKS.indexOf(t.charAt(link)) < 0 || num.qualifier() != Qualifier.EXACT
                || t.charAt(link + 1) == '-') {
            return null;
        }
        ParsedNumber second = parser.parseAt(t, link + 1);
        if (second == null || second.value().signum() < 0 || second.qualifier() != Qualifier.EXACT) {
            return null;
        }
        Measure m2 = measure(d, second);
        if (m2 == null || m2.type == null) {
            return m2 != null && m2.date ? m2 : null;
        }
        if (measured && !sameKind(m, m2)) {
            return null;
        }
        BigDecimal low = measured ? m.value : convertLike(scaleLike(num, second), m2, second);
        if (low.compareTo(m2.value) >= 0) {
            return null;
        }
        return new Measure(m2.type, m2.end, low, m2.value, m2.unit, Qualifier.RANGE, false, m2.unitKind);
    }

    /** What follows a numeral: %, ‰, 个百分点, 成, a currency, a unit; null type if nothing known. */
    private Measure measure(Doc d, ParsedNumber num) {
        String t = d.t;
        int e = num.end();
        int n = t.length();
        BigDecimal v = num.value();
        BigDecimal mx = num.valueMax();
        Qualifier q = num.qualifier();
        if (num.kind() == ParsedNumber.Kind.PER_MILLE_OR_CENT) {
            return new Measure(MentionType.PERCENT, e, v, mx, null, q, false, null);
        }
        if (num.kind() == ParsedNumber.Kind.FRACTION) {
            if (!num.arabic() || shareContext(t, num.start())) {
                return new Measure(MentionType.PERCENT, e, v, null, null, q, false, null);
            }
            return null;
        }
        if (e < n) {
            char c = t.charAt(e);
            if (c == '%') {
                return new Measure(MentionType.PERCENT, e + 1, div(v, HUNDRED), div(mx, HUNDRED), null, q, false, null);
            }
            if (c == '‰') {
                return new Measure(MentionType.PERCENT, e + 1, div(v, THOUSAND), div(mx, THOUSAND), null, q, false, null);
            }
        }
        int p = skipSpaces(t, e);
        int pp = matchSpaced(t, p, "个百分点");
        if (pp < 0) {
            pp = matchSpaced(t, p, "百分点");
        }
        if (pp > 0) {
            return new Measure(MentionType.PERCENT, pp, div(v, HUNDRED), div(mx, HUNDRED), "pp", q, false, null);
        }
        int bp = matchSpaced(t, p, "个基点");
        if (bp < 0) {
            bp = matchSpaced(t, p, "基点");
        }
        if (bp > 0) {
            // basis points: 25个基点 = 0.25 percentage points = 0.0025
            BigDecimal tenThousand = BigDecimal.valueOf(10000);
            return new Measure(MentionType.PERCENT, bp, div(v, tenThousand), div(mx, tenThousand), "pp", q, false, null);
        }
        if (p < n && t.charAt(p) == '成' && v.compareTo(TEN) <= 0 && v.signum() > 0
                && !(p + 1 < n && "为立功本交果员长熟效就型品年都不语".indexOf(t.charAt(p + 1)) >= 0)) {
            BigDecimal val = v;
            int end = p + 1;
            if (end < n && t.charAt(end) == '半') {
                val = v.add(HALF); // 三成半 = 35%
                end++;
            }
            return new Measure(MentionType.PERCENT, end, div(val, TEN), div(mx, TEN), null, q, false, null);
        }
        // discounts: 八折 = 80% of the price, 75折 = 75%, 9.9折 = 99%
        if (p < n && t.charAt(p) == '折' && v.signum() > 0 && v.compareTo(TEN) != 0 && v.compareTo(HUNDRED) < 0
                && !(p + 1 < n && "旧扣合算叠射腾服返线痕".indexOf(t.charAt(p + 1)) >= 0)) {
            BigDecimal by = v.compareTo(TEN) < 0 ? TEN : HUNDRED;
            return new Measure(MentionType.PERCENT, p + 1, div(v, by), div(mx, by), null, q, false, null);
        }
        if (e < n && t.charAt(e) == '倍' && growthBefore(t, num.start())) {
            return new Measure(MentionType.PERCENT, e + 1, v, mx, null, q, false, null);
        }
        if (num.text().equals("一半")) {
            if (e < n && unitForms.isForm(t.charAt(e))) {
                return null; // 一半年? not a share
            }
            return new Measure(MentionType.PERCENT, e, HALF, null, null, Qualifier.EXACT, false, null);
        }
        // currency words: 元, 美元, 亿美元 (亿 is in the numeral), 8亿元人民币
        int cp = p;
        String cur = currencyForms.longest(t, cp);
        if (cur != null && !isPrefixCurrency(currencies.get(cur)) && (cp == e || isAsciiLetter(cur.charAt(0)))
                && !(isAsciiLetter(cur.charAt(cur.length() - 1)) && cp + cur.length() < n && isAsciiLetter(t.charAt(cp + cur.length())))) {
            LexiconEntry ce = currencies.get(cur);
            int end = cp + cur.length();
            if ("true".equals(ce.attribute("local"))) {
                // 8亿元人民币, 6735亿元新台币: a currency name after 元 is part of the amount and names it
                String named = currencyForms.longest(t, end);
                if (named != null && !isPrefixCurrency(currencies.get(named)) && !"true".equals(currencies.get(named).attribute("local"))
                        && !isAsciiLetter(named.charAt(0))) {
                    ce = currencies.get(named);
                    end += named.length();
                }
            }
            if (end < n && t.charAt(end) == '级') {
                return new Measure(MentionType.MONEY, end + 1, v, mx, iso(ce, d, cp), Qualifier.AT_LEAST, false, null);
            }
            if (mx == null && q == Qualifier.EXACT && !num.scaled()) {
                int[] endOut = {end};
                BigDecimal withCents = subunits(t, end, v, cur, endOut);
                return new Measure(MentionType.MONEY, endOut[0], withCents, null, iso(ce, d, cp), q, false, null);
            }
            return new Measure(MentionType.MONEY, end, v, mx, iso(ce, d, cp), q, false, null);
        }
        // 块 is money in a price context (三块钱, 一块二, 花了三块), else a counting word (3万块GPU)
        if (p == e && p < n && t.charAt(p) == '块' && (isPriceBlock(t, num.start(), p) || v.scale() > 0 && v.stripTrailingZeros().scale() > 0)) {
            int[] endOut = {p + 1};
            BigDecimal withCents = mx == null && q == Qualifier.EXACT ? subunits(t, p + 1, v, "块", endOut) : v;
            return new Measure(MentionType.MONEY, endOut[0], withCents, mx, d.local(p), q, false, null);
        }
        // counted currencies: 20个比特币, 3枚比特币
        if (p == e && p + 1 < n && (t.charAt(p) == '个' || t.charAt(p) == '枚')) {
            String counted = currencyForms.longest(t, p + 1);
            if (counted != null && "true".equals(currencies.get(counted).attribute("counted"))) {
                return new Measure(MentionType.MONEY, p + 1 + counted.length(), v, mx, currencies.get(counted).canonical(), q, false, null);
            }
        }
        // units: 辆, 吨, GWh (a space is allowed before Latin units: 5000 PetaFLOPS)
        Unit u = unitAt(t, e);
        if (u == null) {
            return null;
        }
        String kind = u.entry.attribute("kind", "measure");
        int end = u.end;
        String unit = u.surface;
        Qualifier uq = q;
        BigDecimal value = v;
        BigDecimal max = mx;
        // 个 + 多/半 + time word: 三个多月, 一个半月
        if (unit.equals("个") && end < n) {
            char x = t.charAt(end);
            if (x == '多' || x == '半') {
                Unit u2 = unitAt(t, end + 1);
                if (u2 != null && "duration".equals(u2.entry.attribute("kind")) && !u2.surface.startsWith("个")) {
                    kind = "duration";
                    unit = u2.surface;
                    end = u2.end;
                    if (x == '多') {
                        uq = Qualifier.AT_LEAST;
                    } else {
                        value = value.add(HALF);
                        max = max == null ? null : max.add(HALF);
                    }
                }
            }
        }
        if ("duration".equals(kind)) {
            if (isDate(t, num, unit, end)) {
                return new Measure(null, end, v, mx, unit, q, true, kind);
            }
            if (unit.startsWith("个") && unit.length() > 1) {
                unit = unit.substring(1);
            }
            // 一年半, 5年多
            if (end < n && t.charAt(end) == '半' && !(end + 1 < n && "年月天".indexOf(t.charAt(end + 1)) >= 0)) {
                value = value.add(HALF);
                max = max == null ? null : max.add(HALF);
                end++;
            } else if (end < n && (t.charAt(end) == '多' || t.charAt(end) == '余')) {
                uq = Qualifier.AT_LEAST;
                end++;
            }
        }
        if (unit.equals("点") && isClockTime(t, num.start(), end)) {
            return new Measure(null, end, v, mx, unit, q, true, kind);
        }
        return new Measure(MentionType.QUANTITY, end, value, max, unit, uq, false, kind);
    }

    private record Unit(int end, String surface, LexiconEntry entry) {
    }

    /** 五元三毛, 50元6角三分, 一块二, 两美元又三美分: adds the subunits after a currency word. */
    private BigDecimal subunits(String t, int end, BigDecimal v, String currencyWord, int[] endOut) {
        int n = t.length();
        boolean yuanLike = currencyWord.equals("元") || currencyWord.equals("块") || currencyWord.equals("人民币") || currencyWord.equals("港元");
        int p = end;
        if (p < n && t.charAt(p) == '又') {
            p++;
        }
        ParsedNumber a = p < n && NumberParser.canStart(t.charAt(p)) ? parser.parseAt(t, p) : null;
        if (a == null || a.kind() != ParsedNumber.Kind.NUMBER || a.qualifier() != Qualifier.EXACT || a.value().compareTo(HUNDRED) >= 0) {
            return v;
        }
        int q = a.end();
        if (q < n && yuanLike && (t.charAt(q) == '角' || t.charAt(q) == '毛' || t.charAt(q) == '毫')) {
            BigDecimal out = v.add(a.value().movePointLeft(1));
            endOut[0] = q + 1;
            ParsedNumber b = q + 1 < n && NumberParser.canStart(t.charAt(q + 1)) ? parser.parseAt(t, q + 1) : null;
            if (b != null && b.kind() == ParsedNumber.Kind.NUMBER && b.value().compareTo(TEN) < 0) {
                if (b.end() < n && t.charAt(b.end()) == '分') {
                    out = out.add(b.value().movePointLeft(2));
                    endOut[0] = b.end() + 1;
                }
            }
            return strip(out);
        }
        if (q < n && t.charAt(q) == '分' && yuanLike && a.value().compareTo(TEN) < 0) {
            endOut[0] = q + 1;
            return strip(v.add(a.value().movePointLeft(2)));
        }
        if (startsWith(t, q, "美分") && currencyWord.equals("美元")) {
            endOut[0] = q + 2;
            return strip(v.add(a.value().movePointLeft(2)));
        }
        if (currencyWord.equals("块") && a.value().compareTo(TEN) < 0 && !a.arabic() && (q >= n || !Character.isLetterOrDigit(t.charAt(q)))) {
            endOut[0] = q; // 一块二 = 1.2
            return strip(v.add(a.value().movePointLeft(1)));
        }
        return v;
    }

    private static boolean isPriceBlock(String t, int numStart, int p) {
        int n = t.length();
        if (p + 1 < n && (t.charAt(p + 1) == '钱' || t.charAt(p + 1) == '角' || t.charAt(p + 1) == '毛')) {
            return true;
        }
        if (p + 1 < n && "一二三四五六七八九".indexOf(t.charAt(p + 1)) >= 0 && (p + 2 >= n || !Character.isLetter(t.charAt(p + 2)))) {
            return true;
        }
        for (String cue : List.of("花费", "花了", "花", "售价", "价格", "价钱", "卖", "买", "值", "付", "收费", "票价", "月薪", "工资", "要价", "只要", "仅需")) {
            int k = numStart - cue.length();
            for (int gap = 0; gap <= 2 && k - gap >= 0; gap++) {
                if (t.startsWith(cue, k - gap)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** End of {@code word} at {@code p} with spaces allowed between its characters, or -1. */
    private static int matchSpaced(String t, int p, String word) {
        int k = p;
        for (int w = 0; w < word.length(); w++) {
            if (w > 0) {
                int s = k;
                while (k < t.length() && t.charAt(k) == ' ' && k - s < 4) {
                    k++;
                }
            }
            if (k >= t.length() || t.charAt(k) != word.charAt(w)) {
                return -1;
            }
            k++;
        }
        return k;
    }

    private Unit unitAt(String t, int e) {
        int n = t.length();
        String u = unitForms.longest(t, e);
        int at = e;
        if (u == null && e < n && t.charAt(e) == ' ' && e + 1 < n && isAsciiLetter(t.charAt(e + 1))) {
            u = unitForms.longest(t, e + 1);
            at = e + 1;
        }
        if (u == null) {
            return null;
        }
        LexiconEntry entry = units.get(u);
        int end = at + u.length();
        boolean latin = isAsciiLetter(u.charAt(u.length() - 1)) || "true".equals(entry.attribute("latin"));
        if (latin && end < n && (isAsciiLetter(t.charAt(end)) || Character.isDigit(t.charAt(end)))) {
            return null; // part of a longer Latin word or code
        }
        if (!latin && at != e) {
            return null;
        }
        return new Unit(end, u, entry);
    }

    /** 2024年, 二〇二四年, 9月 (no 个), 90年代: dates, not durations. */
    private static boolean isDate(String t, ParsedNumber num, String unit, int end) {
        String nt = num.text();
        if (unit.equals("月")) {
            return true;
        }
        if (unit.equals("年")) {
            if (end < t.length() && (t.charAt(end) == '代' || t.charAt(end) == '级' || t.charAt(end) == '初' || t.charAt(end) == '底')) {
                return true;
            }
            boolean digitsOnly = true;
            for (int k = 0; k < nt.length(); k++) {
                char c = nt.charAt(k);
                if (!(Character.isDigit(c) || "〇零一二三四五六七八九".indexOf(c) >= 0)) {
                    digitsOnly = false;
                }
            }
            if (digitsOnly && nt.length() == 4) {
                return true;
            }
            if (digitsOnly && nt.length() == 2 && num.arabic() && end < t.length() && t.charAt(end) != '来') {
                // '23年 style short years are written with digits only; two-digit durations are rare but real
                return false;
            }
        }
        return false;
    }

    /** 下午3点, 10点30分: clock times. */
    private static boolean isClockTime(String t, int start, int end) {
        for (String w : List.of("上午", "下午", "晚上", "早上", "凌晨", "中午", "傍晚", "晚", "早", "日", "号")) {
            if (start >= w.length() && t.startsWith(w, start - w.length())) {
                return true;
            }
        }
        if (end < t.length()) {
            char c = t.charAt(end);
            if (c == '半' || c == '钟' || c == '整' || c == '前' || c == '后' || c == '左') {
                return true;
            }
            int k = end;
            while (k < t.length() && (Character.isDigit(t.charAt(k)) || "零一二三四五六七八九十".indexOf(t.charAt(k)) >= 0)) {
                k++;
            }
            return k > end && k < t.length() && t.charAt(k) == '分';
        }
        return false;
    }

    private static boolean sameKind(Measure a, Measure b) {
        return a.type == b.type && Objects.equals(a.unit, b.unit);
    }

    /** 3-5亿元: the first number takes the second's magnitude when it has none of its own. */
    private static BigDecimal scaleLike(ParsedNumber first, ParsedNumber second) {
        BigDecimal v = first.value();
        if (!first.scaled() && second.scaled()) {
            String s = second.text();
            int k = s.length();
            BigDecimal mult = BigDecimal.ONE;
            while (k > 0 && "十百千万亿".indexOf(s.charAt(k - 1)) >= 0) {
                char c = s.charAt(k - 1);
                mult = mult.multiply(switch (c) {
                    case '十' -> BigDecimal.TEN;
                    case '百' -> HUNDRED;
                    case '千' -> THOUSAND;
                    case '万' -> BigDecimal.valueOf(10000);
                    default -> BigDecimal.valueOf(100000000);
                });
                k--;
            }
            v = v.multiply(mult);
        }
        return v;
    }

    /** Converts the first number of a range like the second was converted (% → fraction, 成 → tenth). */
    private static BigDecimal convertLike(BigDecimal low, Measure m2, ParsedNumber second) {
        if (second.value().signum() == 0) {
            return low;
        }
        // the ratio of the second's measured value to its raw numeral value
        BigDecimal ratio = exactQuotient(m2.value, second.value());
        return strip(low.multiply(ratio));
    }

    private boolean measuresMoneyNoun(Doc d, int numStart) {
        String t = d.t;
        int s = numStart;
        QualifierWords.Match before = QualifierWords.attachedBefore(t, s);
        if (before != null) {
            s = before.start();
        }
        for (int k = s; k >= Math.max(0, s - 6); k--) {
            if (d.nounEnds[k]) {
                return true;
            }
            if (k > 0 && !Character.isLetter(t.charAt(k - 1))) {
                return false;
            }
        }
        return false;
    }

    /** A scaled number followed by a Chinese word we do not know as a unit (3亿人口): not money. */
    private static boolean followedByUnknownWord(String t, int end) {
        if (end >= t.length()) {
            return false;
        }
        char c = t.charAt(end);
        return Character.isLetterOrDigit(c) && "的,，。;；、)）和与及或左以多余".indexOf(c) < 0;
    }

    private static boolean shareContext(String t, int start) {
        for (int k = start - 1; k >= Math.max(0, start - 8); k--) {
            char c = t.charAt(k);
            if (c == '占' || c == '佔') {
                return true;
            }
            if (!Character.isLetter(c)) {
                return false;
            }
        }
        return false;
    }

    private static boolean growthBefore(String t, int start) {
        QualifierWords.Match q = QualifierWords.attachedBefore(t, start);
        int k = q == null ? start : q.start();
        if (k > 0 && t.charAt(k - 1) == '了') {
            k--;
        }
        return k >= 1 && GROWTH.indexOf(t.charAt(k - 1)) >= 0 && !(t.charAt(k - 1) == '了');
    }

    private static boolean isSessionOrdinal(String t, Measure m) {
        int e = m.end;
        if ("届".equals(m.unit)) {
            return e < t.length() && Character.isLetter(t.charAt(e)) && t.charAt(e) != '的';
        }
        if ("次".equals(m.unit)) {
            for (String w : List.of("会议", "全会", "全体会议", "代表大会", "党代会", "常委会")) {
                if (t.startsWith(w, e)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 一 written as a character before a classifier is an article (一家企业); 1家 is a count. */
    private static boolean isIndefiniteOne(String t, ParsedNumber num) {
        return num.text().equals("一") || num.text().equals("壹");
    }

    /**
     * A scale word with a currency and no digits (破万亿元, 万亿元级, 亿元以上): MONEY at that scale
     * (GUIDELINES: a bare scale label is annotated only with a currency word). 万元 alone (万元GDP能耗)
     * is a unit of account, not an amount.
     */
    private int tryBareScale(Doc d, int i, List<Mention> out) {
        String t = d.t;
        if (i > 0 && (Character.isDigit(t.charAt(i - 1)) || NumberParser.canStart(t.charAt(i - 1)) && t.charAt(i - 1) != '.')) {
            return i + 1;
        }
        int k = i;
        BigDecimal v = BigDecimal.ONE;
        while (k < t.length() && k - i < 3 && (t.charAt(k) == '万' || t.charAt(k) == '亿')) {
            v = v.movePointRight(t.charAt(k) == '万' ? 4 : 8);
            k++;
        }
        String cur = currencyForms.longest(t, k);
        if (cur == null || isPrefixCurrency(currencies.get(cur)) || isAsciiLetter(cur.charAt(0))) {
            return i + 1;
        }
        int end = k + cur.length();
        boolean grade = end < t.length() && t.charAt(end) == '级';
        QualifierWords.Match after = grade ? null : QualifierWords.attachedAfter(t, end);
        QualifierWords.Match before = QualifierWords.attachedBefore(t, i);
        boolean hasYi = t.substring(i, k).indexOf('亿') >= 0;
        if (!hasYi || k - i == 1 && !grade && after == null && before == null && !(i > 0 && t.charAt(i - 1) == '破')) {
            return i + 1;
        }
        int start = i;
        Qualifier q = Qualifier.EXACT;
        if (grade) {
            end++;
            q = Qualifier.AT_LEAST;
        } else if (after != null && after.qualifier() != Qualifier.APPROX) {
            end = after.end();
            q = after.qualifier();
        }
        if (before != null) {
            start = before.start();
            q = before.qualifier();
        } else if (i > 0 && t.charAt(i - 1) == '破') {
            start = i - 1; // 破万亿元
            q = Qualifier.AT_LEAST;
        }
        String text = t.substring(start, end);
        out.add(Mention.numeric(MentionType.MONEY, start, end, text, text, v, null, iso(currencies.get(cur), d, i), q));
        return end;
    }

    private int tryHalf(Doc d, int i, List<Mention> out) {
        String t = d.t;
        if (i + 1 < t.length() && (t.charAt(i + 1) == '成' || t.charAt(i + 1) == '折')
                && !(i + 2 < t.length() && "为立功本品".indexOf(t.charAt(i + 2)) >= 0)
                && !(i > 0 && Character.isLetter(t.charAt(i - 1)) && t.charAt(i - 1) != '打')) {
            BigDecimal v = t.charAt(i + 1) == '成' ? new BigDecimal("0.05") : HALF; // 半成 = 5%, 半折 = half price
            out.add(Mention.numeric(MentionType.PERCENT, i, i + 2, t.substring(i, i + 2), t.substring(i, i + 2), v, null, null, Qualifier.EXACT));
            return i + 2;
        }
        if (i > 0 && "上下前后大一多过减折对一".indexOf(t.charAt(i - 1)) >= 0) {
            return i + 1;
        }
        int p = i + 1;
        if (p < t.length() && t.charAt(p) == '个') {
            p++;
        }
        Unit u = unitAt(t, p);
        if (u == null || !"duration".equals(u.entry.attribute("kind"))) {
            return i + 1;
        }
        String unit = u.surface.startsWith("个") && u.surface.length() > 1 ? u.surface.substring(1) : u.surface;
        int start = i;
        Qualifier q = Qualifier.EXACT;
        QualifierWords.Match before = QualifierWords.attachedBefore(t, i);
        if (before != null) {
            start = before.start();
            q = before.qualifier();
        }
        int end = u.end;
        if (end < t.length() && t.charAt(end) == '内' && before == null) {
            end++;
            q = Qualifier.AT_MOST;
        }
        out.add(Mention.numeric(MentionType.QUANTITY, start, end, t.substring(start, end), t.substring(start, end),
                HALF, null, unit, q));
        return end;
    }

    private static boolean goodLeftBoundary(String t, int i) {
        if (i == 0) {
            return true;
        }
        char p = t.charAt(i - 1);
        if (isAsciiLetter(p) || Character.isDigit(p) || p == '.' || p == '_' || p == '/' || p == '#') {
            return false; // C919, V100, TOP30, 3.0.1, file_6.jpg
        }
        if ((p == '-' || p == '–') && i >= 2 && (isAsciiLetter(t.charAt(i - 2)) || Character.isDigit(t.charAt(i - 2)))) {
            return false; // GPT-3, 021-1234
        }
        return true;
    }

    private static boolean isRangeContext(String t, int i) {
        return i > 0 && (Character.isLetterOrDigit(t.charAt(i - 1)));
    }

    /** 第14位, 第一, 前三名: ordinals and ranks. */
    private static boolean isOrdinalOrRank(String t, int start, int end) {
        if (start > 0 && t.charAt(start - 1) == '第') {
            return true;
        }
        if (start > 0 && t.charAt(start - 1) == '前' && end < t.length() && "名位强甲".indexOf(t.charAt(end)) >= 0) {
            return true;
        }
        if (start > 1 && t.startsWith("排名", start - 2)) {
            return true;
        }
        return false;
    }

    /** Arabic digits glued to Latin letters that are not a unit (5G, 3D, 919C) are codes. */
    private boolean isCodeRight(String t, ParsedNumber num) {
        int e = num.end();
        if (!num.arabic() || e >= t.length() || !isAsciiLetter(t.charAt(e))) {
            return false;
        }
        if (currencyForms.longest(t, e) != null) {
            return false;
        }
        return unitAt(t, e) == null;
    }

    private static int skipToken(String t, int i) {
        int k = i;
        while (k < t.length() && (isAsciiLetter(t.charAt(k)) || Character.isDigit(t.charAt(k)) || t.charAt(k) == '-')) {
            k++;
        }
        return k;
    }

    private static boolean isPrefixCurrency(LexiconEntry e) {
        return e != null && "prefix".equals(e.attribute("position"));
    }

    private static String iso(LexiconEntry e, Doc d, int pos) {
        if ("true".equals(e.attribute("local"))) {
            return d.local(pos);
        }
        return e.canonical();
    }

    private static boolean startsWith(String t, int at, String w) {
        return at >= 0 && t.startsWith(w, at);
    }

    private static int skipSpaces(String t, int e) {
        int k = e;
        while (k < t.length() && k - e < 4 && t.charAt(k) == ' ') {
            k++;
        }
        return k;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static BigDecimal div(BigDecimal v, BigDecimal by) {
        return v == null ? null : strip(exactQuotient(v, by));
    }

    /** v / by exactly (a percent is the written digits moved two places); rounded to 34 digits only if it never ends. */
    private static BigDecimal exactQuotient(BigDecimal v, BigDecimal by) {
        try {
            return v.divide(by);
        } catch (ArithmeticException nonTerminating) {
            return v.divide(by, java.math.MathContext.DECIMAL128);
        }
    }

    private static BigDecimal strip(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
