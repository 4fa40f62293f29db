package org.xinzhi.fact;

import org.xinzhi.model.TimeExpression;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * The time forms {@link TimeFinder} leaves to this class: fiscal and report years, year ranges,
 * month/week-relative words, now-words and narrative times, and the close words that end a time
 * expression. Word lists come from {@link FactWords} ({@code fact-words.tsv}). Stateless.
 *
 * <ul>
 *   <li>{@code 2023/24财政年度}, {@code 2017/18年度}, {@code 2016/17}: April of the first year to March of
 *       the second (the fiscal year of Hong Kong, Taiwan's former one and the UK);</li>
 *   <li>{@code 2022财年}, {@code 2022财政年度}, {@code 2022年度}: the year 2022 (the fiscal calendar of a
 *       company is not in the text);</li>
 *   <li>{@code 本年度, 上个年度, 上财年, 来年}: the publication year, the one before, the one after;</li>
 *   <li>{@code 2011至2017年间}: 2011-01-01 … 2017-12-31;</li>
 *   <li>{@code 上月, 上个月22日, 本月, 上周}: against the publication date;</li>
 *   <li>{@code 现时, 本日, 近日, 至今}: the publication date; {@code 当晚, 当时, 事后, 元旦…}: text only.</li>
 * </ul>
 */
final class PeriodFinder {

    private static final String[] FISCAL_SUFFIX = FactWords.of("fiscal-suffix");
    private static final String[][] FISCAL_REL = {FactWords.of("fiscal-rel-1"), FactWords.of("fiscal-rel0"), FactWords.of("fiscal-rel1")};
    private static final String[] CLOSE = FactWords.of("time-close");
    private static final String[] CLOSE_BLOCKED = FactWords.of("close-blocked");
    private static final String[] NOW = FactWords.of("now");
    private static final String[][] MONTH_REL = {FactWords.of("month-rel-1"), FactWords.of("month-rel0")};
    private static final String[] WEEK_REL = FactWords.of("week-rel-1");
    private static final String[] NARRATIVE = FactWords.of("narrative");
    private static final String RANGE_DASH = "至到—-–~";
    /** Every char a form of this class can start with: other positions cost one bit test. */
    private static final long[] STARTS = new long[(Character.MAX_VALUE + 1) >>> 6];

    static {
        StringBuilder chars = new StringBuilder("0123456789");
        for (String[] ws : new String[][] {FISCAL_REL[0], FISCAL_REL[1], FISCAL_REL[2], MONTH_REL[0], MONTH_REL[1], WEEK_REL, NOW, NARRATIVE}) {
            for (String w : ws) {
                chars.append(w.charAt(0));
            }
        }
        for (int k = 0; k < chars.length(); k++) {
            char c = chars.charAt(k);
            STARTS[c >>> 6] |= 1L << c;
        }
    }

    private PeriodFinder() {
    }

    /** A form of this class starting at {@code i}, or null. */
    static TimeExpression at(String s, int i, int to, LocalDate pub) {
        char c = s.charAt(i);
        if ((STARTS[c >>> 6] & (1L << c)) == 0) {
            return null;
        }
        TimeExpression t = yearForms(s, i, to);
        if (t != null) {
            return t;
        }
        for (int k = 0; k < FISCAL_REL.length; k++) {
            String w = FactWords.startsWithAny(s, i, FISCAL_REL[k]);
            if (w != null && i + w.length() <= to) {
                int e = i + w.length();
                if (pub == null) {
                    return new TimeExpression(i, e, s.substring(i, e), null, null);
                }
                int y = pub.getYear() + k - 1;
                return new TimeExpression(i, e, s.substring(i, e), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
        }
        for (int k = 0; k < MONTH_REL.length; k++) {
            String w = FactWords.startsWithAny(s, i, MONTH_REL[k]);
            if (w != null) {
                return monthRelative(s, i, i + w.length(), to, pub, k - 1);
            }
        }
        String w = FactWords.startsWithAny(s, i, WEEK_REL);
        if (w != null) {
            LocalDate f = pub == null ? null : pub.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new TimeExpression(i, i + w.length(), w, f, f == null ? null : f.plusDays(6));
        }
        w = FactWords.startsWithAny(s, i, NOW);
        if (w != null) {
            return new TimeExpression(i, i + w.length(), w, pub, pub);
        }
        w = FactWords.startsWithAny(s, i, NARRATIVE);
        if (w != null) {
            return new TimeExpression(i, i + w.length(), w, null, null);
        }
        return null;
    }

    /** {@code t} extended by a close word right after it (止, 间, 期间, 内), unless that starts another word. */
    static TimeExpression close(String s, TimeExpression t, int to) {
        String w = FactWords.startsWithAny(s, t.end(), CLOSE);
        if (w == null || t.end() + w.length() > to || FactWords.startsWithAny(s, t.end(), CLOSE_BLOCKED) != null) {
            return t;
        }
        int e = t.end() + w.length();
        return new TimeExpression(t.start(), e, s.substring(t.start(), e), t.from(), t.to());
    }

    /** 2023/24财政年度, 2016/17, 2022财年, 2022年度, 2011至2017年. */
    private static TimeExpression yearForms(String s, int i, int to) {
        int y1 = year4(s, i, to);
        if (y1 < 0) {
            return null;
        }
        int p = i + 4;
        if (p < to && s.charAt(p) == '/') {
            // 2016/17 or 2016/2017: the second year must follow the first.
            int q = p + 1;
            int n = 0;
            int v = 0;
            while (q < to && n < 4 && Character.isDigit(s.charAt(q)) && s.charAt(q) < 128) {
                v = v * 10 + (s.charAt(q) - '0');
                q++;
                n++;
            }
            boolean follows = n == 2 && v == (y1 + 1) % 100 || n == 4 && v == y1 + 1;
            if (!follows || q < to && Character.isDigit(s.charAt(q))) {
                return null;
            }
            while (q < to && s.charAt(q) == ' ') {
                q++;
            }
            String suffix = FactWords.startsWithAny(s, q, FISCAL_SUFFIX);
            int e = suffix != null && q + suffix.length() <= to ? q + suffix.length() : i + 5 + n;
            return new TimeExpression(i, e, s.substring(i, e), LocalDate.of(y1, 4, 1), LocalDate.of(y1 + 1, 3, 31));
        }
        String suffix = FactWords.startsWithAny(s, p, FISCAL_SUFFIX);
        if (suffix != null && p + suffix.length() <= to) {
            int e = p + suffix.length();
            return new TimeExpression(i, e, s.substring(i, e), LocalDate.of(y1, 1, 1), LocalDate.of(y1, 12, 31));
        }
        // 2011至2017年, 2011年至2017年, 2011—2017年
        int q = s.startsWith("年", p) ? p + 1 : p;
        if (q < to && RANGE_DASH.indexOf(s.charAt(q)) >= 0) {
            int y2 = year4(s, q + 1, to);
            if (y2 > y1 && q + 5 < to && s.charAt(q + 5) == '年') {
                int e = q + 6;
                return new TimeExpression(i, e, s.substring(i, e), LocalDate.of(y1, 1, 1), LocalDate.of(y2, 12, 31));
            }
        }
        return null;
    }

    /** 上月, 上个月22日, 本月: the month before (or of) the publication month, or one day of it. */
    private static TimeExpression monthRelative(String s, int i, int p, int to, LocalDate pub, int offset) {
        YearMonth m = pub == null ? null : YearMonth.from(pub).plusMonths(offset);
        LocalDate f = m == null ? null : m.atDay(1);
        LocalDate e = m == null ? null : m.atEndOfMonth();
        int[] d = TimeFinder.numberAt(s, p, to, 2);
        if (d != null && d[0] >= 1 && d[0] <= 31 && d[1] < to && (s.charAt(d[1]) == '日' || s.charAt(d[1]) == '号')) {
            p = d[1] + 1;
            if (m != null && d[0] <= m.lengthOfMonth()) {
                f = m.atDay(d[0]);
                e = f;
            }
        }
        return new TimeExpression(i, p, s.substring(i, p), f, e);
    }

    private static int year4(String s, int i, int to) {
        if (i < 0 || i + 4 > to) {
            return -1;
        }
        if (i > 0 && s.charAt(i - 1) < 128 && Character.isLetterOrDigit(s.charAt(i - 1))) {
            return -1;
        }
        int v = 0;
        for (int k = 0; k < 4; k++) {
            char c = s.charAt(i + k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        if (i + 4 < to && s.charAt(i + 4) >= '0' && s.charAt(i + 4) <= '9') {
            return -1;
        }
        return v >= 1900 && v <= 2100 ? v : -1;
    }
}
