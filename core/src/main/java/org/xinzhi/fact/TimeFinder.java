package org.xinzhi.fact;

import org.xinzhi.model.TimeExpression;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the time expressions of a span of normalized text and resolves them to a period, using the
 * publication date for relative ones. A small hand-written scanner (no regular expressions): it
 * tries, at each position, the forms below and keeps the longest match.
 *
 * <ul>
 *   <li>absolute: {@code 2022年}, {@code 2024年1—8月}, {@code 2023年底}, {@code 2024年3月底},
 *       {@code 2019年8月}, {@code 2024年上半年}, {@code 2023年一季度}, {@code 2023年第三季}, {@code 2019年成立以来};</li>
 *   <li>with a lead word: {@code 截至/截止/到/至} + absolute (截至 = a snapshot at the end of the period);</li>
 *   <li>relative years: {@code 今年/去年/前年/明年/上年/本年} + optional month or half;</li>
 *   <li>a month alone ({@code 4月}, {@code 4月29日}), a half or quarter alone ({@code 上半年}, {@code 一季度}):
 *       of the publication year;</li>
 *   <li>now-words: {@code 目前, 当前, 今天, 今日, 现在, 年内};</li>
 *   <li>spans: {@code 未来三年}, {@code 近五年来}, {@code 5年多来}, {@code 三年来};</li>
 *   <li>phases with no date: {@code 满产后, 投产后, 建成后}, {@code 运营首年} (kept as text, unresolved).</li>
 * </ul>
 * Immutable and stateless; thread-safe.
 */
final class TimeFinder {

    private static final String[] LEADS = {"截止到", "截至", "截止", "到", "至"};
    private static final String[] RELATIVE_YEARS = {"今年", "去年", "前年", "明年", "上年", "本年"};
    private static final String[] NOW_WORDS = {"目前", "当前", "今天", "今日", "现在", "年内"};
    private static final String[] PHASE_TIMES = {"满产后", "投产后", "建成后", "达产后"};
    private static final String[] SINCE = {"成立以来", "以来"};

    /**
     * Every char a time expression can start with (leads, numerals, relative-year, part, span,
     * now and phase words): the scanner skips any other position at the cost of one bit test.
     * Keep in step with the forms tried in {@link #at}.
     */
    private static final long[] STARTS = new long[(Character.MAX_VALUE + 1) >>> 6];

    static {
        String chars = "截到至" + "0123456789〇零一二三四五六七八九十两" + "今去前明上本" + "下第首" + "未过近" + "目当现年" + "满投建达";
        for (String w : LEADS) {
            chars += w.charAt(0);
        }
        for (String[] ws : new String[][] {RELATIVE_YEARS, NOW_WORDS, PHASE_TIMES}) {
            for (String w : ws) {
                chars += w.charAt(0);
            }
        }
        for (int k = 0; k < chars.length(); k++) {
            char c = chars.charAt(k);
            STARTS[c >>> 6] |= 1L << c;
        }
    }

    private TimeFinder() {
    }

    /** Every time expression in {@code text[from, to)}, left to right, not overlapping. */
    static List<TimeExpression> find(String text, int from, int to, LocalDate published) {
        List<TimeExpression> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            TimeExpression t = at(text, i, to, published);
            if (t != null && t.end() > i) {
                if (t.from() != null && t.to() != null && t.to().isBefore(t.from())) {
                    // 2019年成立以来 in an article of 2015: the period starts, it has not ended by publication
                    t = new TimeExpression(t.start(), t.end(), t.text(), t.from(), null);
                }
                out.add(t);
                i = t.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The longer of this class's forms and {@link PeriodFinder}'s at {@code i}, with its close word. */
    private static TimeExpression at(String s, int i, int to, LocalDate pub) {
        TimeExpression a = basic(s, i, to, pub);
        TimeExpression b = PeriodFinder.at(s, i, to, pub);
        TimeExpression t = b != null && (a == null || b.end() > a.end()) ? b : a;
        return t == null ? null : PeriodFinder.close(s, t, to);
    }

    private static TimeExpression basic(String s, int i, int to, LocalDate pub) {
        char c = s.charAt(i);
        if ((STARTS[c >>> 6] & (1L << c)) == 0 && !(i + 4 <= to && s.charAt(i + 2) == '首')) {
            return null; // no form starts with c; 运营首年 is the one form that may start with any char
        }
        // A number glued to a preceding digit or letter is not a time (model names, codes).
        if (i > 0 && isAsciiAlnum(s.charAt(i - 1)) && isDigit(s.charAt(i))) {
            return null;
        }
        for (String lead : LEADS) {
            if (s.startsWith(lead, i) && i + lead.length() < to) {
                TimeExpression inner = absoluteOrRelative(s, i + lead.length(), to, pub);
                if (inner == null) {
                    String now = startsWithAny(s, i + lead.length(), NOW_WORDS);
                    if (now != null && lead.startsWith("截")) {
                        int e = i + lead.length() + now.length();
                        return new TimeExpression(i, e, s.substring(i, e), pub, pub);
                    }
                }
                if (inner != null) {
                    boolean snapshot = lead.startsWith("截");
                    LocalDate f = snapshot ? inner.to() : inner.from();
                    return new TimeExpression(i, inner.end(), s.substring(i, inner.end()), f, inner.to());
                }
            }
        }
        TimeExpression t = absoluteOrRelative(s, i, to, pub);
        if (t != null) {
            return t;
        }
        t = span(s, i, to, pub);
        if (t != null) {
            return t;
        }
        for (String w : NOW_WORDS) {
            if (s.startsWith(w, i)) {
                LocalDate f = pub;
                LocalDate e = pub;
                if (w.equals("年内") && pub != null) {
                    f = LocalDate.of(pub.getYear(), 1, 1);
                    e = LocalDate.of(pub.getYear(), 12, 31);
                }
                return new TimeExpression(i, i + w.length(), w, f, e);
            }
        }
        for (String w : PHASE_TIMES) {
            if (s.startsWith(w, i)) {
                return new TimeExpression(i, i + w.length(), w, null, null);
            }
        }
        // 运营首年, 投产首年: two Chinese characters of an event, then 首年.
        if (i + 4 <= to && s.startsWith("首年", i + 2) && isHan(s.charAt(i)) && isHan(s.charAt(i + 1))) {
            return new TimeExpression(i, i + 4, s.substring(i, i + 4), null, null);
        }
        return null;
    }

    /** A year (absolute or relative) with an optional month/half/quarter part, or a month/half alone. */
    private static TimeExpression absoluteOrRelative(String s, int i, int to, LocalDate pub) {
        int year;
        int p;
        int[] y = yearAt(s, i, to);
        if (y != null) {
            year = y[0];
            p = y[1];
        } else {
            String rel = startsWithAny(s, i, RELATIVE_YEARS);
            if (rel != null) {
                p = i + rel.length();
                if (pub == null) {
                    int end = partEnd(s, p, to);
                    return new TimeExpression(i, end, s.substring(i, end), null, null);
                }
                year = pub.getYear() + switch (rel) {
                    case "去年", "上年" -> -1;
                    case "前年" -> -2;
                    case "明年" -> 1;
                    default -> 0;
                };
            } else {
                // A month or a half/quarter alone refers to the publication year.
                TimeExpression part = part(s, i, to, pub == null ? null : pub.getYear());
                if (part != null && part.end() > i) {
                    return part;
                }
                return null;
            }
        }
        TimeExpression part = part(s, p, to, year);
        LocalDate from;
        LocalDate end;
        int stop;
        if (part != null && part.end() > p) {
            from = part.from();
            end = part.to();
            stop = part.end();
        } else {
            from = LocalDate.of(year, 1, 1);
            end = LocalDate.of(year, 12, 31);
            stop = p;
            // 年底, 年末, 年初
            if (s.startsWith("底", p) || s.startsWith("末", p)) {
                from = LocalDate.of(year, 12, 1);
                stop = p + 1;
            } else if (s.startsWith("初", p)) {
                end = LocalDate.of(year, 1, 31);
                stop = p + 1;
            }
        }
        String since = startsWithAny(s, stop, SINCE);
        if (since != null) {
            stop += since.length();
            end = pub;
        }
        return new TimeExpression(i, stop, s.substring(i, stop), from, end);
    }

    /** After a year: a month (range), a half, a quarter. Year may be null (unresolved). */
    private static TimeExpression part(String s, int i, int to, Integer year) {
        if (s.startsWith("上半年", i) || s.startsWith("下半年", i)) {
            boolean first = s.charAt(i) == '上';
            LocalDate f = year == null ? null : LocalDate.of(year, first ? 1 : 7, 1);
            LocalDate e = year == null ? null : LocalDate.of(year, first ? 6 : 12, first ? 30 : 31);
            return new TimeExpression(i, i + 3, s.substring(i, i + 3), f, e);
        }
        int q = i;
        boolean cumulative = false;
        if (s.startsWith("前", q) || s.startsWith("首", q)) {
            cumulative = true;
            q++;
        } else if (s.startsWith("第", q)) {
            q++;
        }
        int quarter = q < to ? smallNumber(s.charAt(q)) : -1;
        // 第三季 (Taiwan and Hong Kong usage) is a quarter too, but only with 第/前: 三季 alone is a crop.
        boolean quarterWord = s.startsWith("季度", q + 1) || q > i && q + 1 < to && s.charAt(q + 1) == '季';
        if (quarter >= 1 && quarter <= 4 && quarterWord) {
            int firstMonth = cumulative ? 1 : (quarter - 1) * 3 + 1;
            int lastMonth = quarter * 3;
            int stop = s.startsWith("季度", q + 1) ? q + 3 : q + 2;
            return new TimeExpression(i, stop, s.substring(i, stop), first(year, firstMonth), last(year, lastMonth));
        }
        int[] m1 = monthNumberAt(s, i, to);
        if (m1 == null) {
            return null;
        }
        int p = m1[1];
        int m2 = -1;
        if (p < to && "—-–~至到".indexOf(s.charAt(p)) >= 0) {
            int dashEnd = p + 1;
            while (dashEnd < to && "—-–".indexOf(s.charAt(dashEnd)) >= 0) {
                dashEnd++;
            }
            int[] m = monthNumberAt(s, dashEnd, to);
            if (m != null && m[0] >= m1[0] && s.startsWith("月", m[1])) {
                m2 = m[0];
                p = m[1];
            }
        }
        if (!s.startsWith("月", p)) {
            return null;
        }
        p++;
        int lastMonth = m2 > 0 ? m2 : m1[0];
        LocalDate f = first(year, m1[0]);
        LocalDate e = last(year, lastMonth);
        if (m2 < 0) {
            int[] d = numberAt(s, p, to, 2);
            if (d != null && d[0] >= 1 && d[0] <= 31 && (s.startsWith("日", d[1]) || s.startsWith("号", d[1]))) {
                p = d[1] + 1;
                if (year != null && d[0] <= YearMonth.of(year, m1[0]).lengthOfMonth()) {
                    f = LocalDate.of(year, m1[0], d[0]);
                    e = f;
                }
            } else if (s.startsWith("底", p) || s.startsWith("末", p)) {
                p++;
                f = e;
            } else if (s.startsWith("初", p)) {
                p++;
                e = year == null ? null : LocalDate.of(year, m1[0], Math.min(10, e.getDayOfMonth()));
            }
        }
        return new TimeExpression(i, p, s.substring(i, p), f, e);
    }

    /** 未来三年, 近五年来, 5年多来, 三年来, 过去五年. */
    private static TimeExpression span(String s, int i, int to, LocalDate pub) {
        int p = i;
        boolean future = false;
        boolean lead = false;
        if (s.startsWith("未来", p)) {
            future = true;
            lead = true;
            p += 2;
        } else if (s.startsWith("过去", p)) {
            lead = true;
            p += 2;
        } else if (s.startsWith("近", p)) {
            p += 1;
        }
        int[] n = numberAt(s, p, to, 3);
        if (n == null || n[0] <= 0) {
            return null;
        }
        p = n[1];
        if (!s.startsWith("年", p)) {
            return null;
        }
        p++;
        if (s.startsWith("多", p)) {
            p++;
        }
        boolean since = false;
        if (s.startsWith("来", p) || s.startsWith("以来", p)) {
            since = true;
            p += s.startsWith("来", p) ? 1 : 2;
        }
        if (!lead && !since) {
            return null;
        }
        LocalDate f = null;
        LocalDate e = null;
        if (pub != null) {
            if (future) {
                f = pub;
                e = pub.plusYears(n[0]);
            } else {
                f = pub.minusYears(n[0]);
                e = pub;
            }
        }
        return new TimeExpression(i, p, s.substring(i, p), f, e);
    }

    private static int partEnd(String s, int p, int to) {
        TimeExpression part = part(s, p, to, null);
        if (part != null) {
            return part.end();
        }
        return (s.startsWith("底", p) || s.startsWith("末", p) || s.startsWith("初", p)) ? p + 1 : p;
    }

    /** A four-digit year 1900..2100 followed by 年: {year, offset after 年}. */
    private static int[] yearAt(String s, int i, int to) {
        if (i + 5 > to) {
            return null;
        }
        int v = 0;
        for (int k = 0; k < 4; k++) {
            char c = s.charAt(i + k);
            int d = isDigit(c) ? c - '0' : "〇零一二三四五六七八九".indexOf(c);
            if (d < 0) {
                return null;
            }
            if (d > 9) {
                d = d - 1; // 〇 and 零 both mean 0
            }
            v = v * 10 + d;
        }
        if (s.charAt(i + 4) != '年' || v < 1900 || v > 2100) {
            return null;
        }
        return new int[] {v, i + 5};
    }

    private static int[] monthNumberAt(String s, int i, int to) {
        int[] n = numberAt(s, i, to, 2);
        if (n == null || n[0] < 1 || n[0] > 12) {
            return null;
        }
        return n;
    }

    /** A small number (Arabic up to maxDigits digits, or Chinese up to 99): {value, end}. */
    static int[] numberAt(String s, int i, int to, int maxDigits) {
        int p = i;
        int v = 0;
        while (p < to && p - i < maxDigits && isDigit(s.charAt(p))) {
            v = v * 10 + (s.charAt(p) - '0');
            p++;
        }
        if (p > i) {
            return (p < to && isDigit(s.charAt(p))) ? null : new int[] {v, p};
        }
        // Chinese: 三, 十, 十四, 二十, 二十三, 两
        int tens = -1;
        int units = -1;
        while (p < to) {
            char c = s.charAt(p);
            if (c == '十') {
                if (tens >= 0) {
                    return null;
                }
                tens = units < 0 ? 1 : units;
                units = -1;
            } else {
                int d = smallNumber(c);
                if (d < 0 || units >= 0) {
                    break;
                }
                units = d;
            }
            p++;
        }
        if (p == i) {
            return null;
        }
        int value = (tens < 0 ? 0 : tens * 10) + Math.max(units, 0);
        return value == 0 ? null : new int[] {value, p};
    }

    /** A single Chinese or Arabic digit 1..9 (两 = 2), or -1. */
    private static int smallNumber(char c) {
        if (c >= '1' && c <= '9') {
            return c - '0';
        }
        if (c == '两') {
            return 2;
        }
        int k = "一二三四五六七八九".indexOf(c);
        return k < 0 ? -1 : k + 1;
    }

    private static LocalDate first(Integer year, int month) {
        return year == null ? null : LocalDate.of(year, month, 1);
    }

    private static LocalDate last(Integer year, int month) {
        return year == null ? null : YearMonth.of(year, month).atEndOfMonth();
    }

    private static String startsWithAny(String s, int i, String[] words) {
        for (String w : words) {
            if (s.startsWith(w, i)) {
                return w;
            }
        }
        return null;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiAlnum(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
