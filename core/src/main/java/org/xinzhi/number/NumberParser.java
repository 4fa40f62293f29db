package org.xinzhi.number;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.xinzhi.model.Qualifier;

/**
 * Reads numerals in (normalized) Chinese text: Arabic digits with separators and decimals, Chinese
 * numerals in every common form (两千三百零五, 十二万, 廿, formal 壹贰叁 and traditional 萬億),
 * mixed forms (1.5亿, 3万4000, 二十万亿), fractions (三分之二, 4/5, 百分之三十), signs (负, -) and vague
 * forms as intervals (三十几万, 二百余万, 几百).
 *
 * <p>Values are exact {@link BigDecimal}s. Absurd input is bounded: digit runs longer than
 * {@value NumeralScanner#MAX_DIGIT_RUN} are not numbers, and a magnitude that would push a value past
 * {@value NumeralScanner#MAX_INTEGER_DIGITS} integer digits ends the numeral before it (亿亿亿亿 is no
 * number; 3亿亿亿亿 stops where the value would overflow the cap). Scanning is linear; no exception
 * is thrown for any input.
 *
 * <p>Immutable and thread-safe.
 */
public final class NumberParser {

    private static final MathContext DIVISION = MathContext.DECIMAL64;
    /** Unit words that begin with a numeral character and must not be read as one (千瓦 is kW, not 1000 瓦). */
    private static final List<String> DEFAULT_STOP_WORDS = List.of(
            "千瓦", "千克", "千米", "千伏", "千帕", "千卡", "千焦", "千赫", "千兆", "千字节", "千位", "千字",
            "兆瓦", "兆帕", "兆赫", "兆字节", "兆比特", "兆焦", "兆欧", "兆伏", "兆位", "兆吨",
            "百帕", "十分");

    private static final String AMBIGUOUS_FORMAL = "伍陆陸拾肆参參";
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final NumeralScanner scanner;

    private NumberParser(Collection<String> stopWords) {
        Map<Character, List<String>> byFirst = new HashMap<>();
        for (String w : stopWords) {
            if (w != null && !w.isEmpty()) {
                byFirst.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
            }
        }
        byFirst.replaceAll((k, v) -> List.copyOf(v));
        this.scanner = new NumeralScanner(Map.copyOf(byFirst));
    }

    /** A parser with the default stop words (千瓦, 兆瓦, 千米 ...). */
    public static NumberParser standard() {
        return new NumberParser(DEFAULT_STOP_WORDS);
    }

    /**
     * A parser that, besides the defaults, never reads the start of these words as a numeral: unit
     * words beginning with 十, 百, 千, 万, 亿 or 兆 (from a unit lexicon).
     */
    public static NumberParser withStopWords(Collection<String> words) {
        List<String> all = new ArrayList<>(DEFAULT_STOP_WORDS);
        for (String w : words) {
            if (w != null && !w.isEmpty() && startsLikeNumeral(w.charAt(0))) {
                all.add(w);
            }
        }
        return new NumberParser(all);
    }

    private static boolean startsLikeNumeral(char c) {
        return NumeralScanner.smallUnit(c) > 0 || NumeralScanner.bigExponent(c) > 0 || NumeralScanner.digit(c) >= 0;
    }

    /** True if a numeral (or its sign) may start with {@code c}. */
    public static boolean canStart(char c) {
        return (START_CHARS[c >>> 6] & (1L << c)) != 0;
    }

    /** {@link #canStart} for every char, one bit each: the recognizer asks at every position of a text. */
    private static final long[] START_CHARS = startChars();

    private static long[] startChars() {
        long[] bits = new long[(Character.MAX_VALUE + 1) >>> 6];
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            if (NumeralScanner.canStart(c) || c == '负' || c == '負' || c == '-' || c == '−' || c == '.' || isPowerWordChar(c)) {
                bits[c >>> 6] |= 1L << c;
            }
        }
        return bits;
    }

    /** Parses a whole string as one numeral, surrounding spaces allowed; null if it is not exactly one. */
    public ParsedNumber parse(String s) {
        Objects.requireNonNull(s, "s");
        String t = s.strip();
        if (t.isEmpty()) {
            return null;
        }
        ParsedNumber p = parseAt(t, 0);
        return p != null && p.end() == t.length() ? p : null;
    }

    /** The longest numeral starting exactly at {@code start}, or null if none starts there. */
    public ParsedNumber parseAt(CharSequence text, int start) {
        Objects.requireNonNull(text, "text");
        int n = text.length();
        if (start < 0 || start >= n) {
            return null;
        }
        int p = start;
        boolean negative = false;
        char c0 = text.charAt(p);
        if ((c0 == '负' || c0 == '負' || c0 == '-' || c0 == '−') && p + 1 < n) {
            negative = true;
            p++;
            if (c0 != '-' && c0 != '−') {
                p = skipSpaces(text, p); // 负 1,200,000
            }
        }
        // 一半 = 0.5
        if (p + 1 < n && text.charAt(p) == '一' && text.charAt(p + 1) == '半') {
            return number(text, start, p + 2, negative ? HALF.negate() : HALF, null, Qualifier.EXACT,
                    ParsedNumber.Kind.NUMBER, true, false, false);
        }
        // per-hundred / per-thousand words: 百分之三十, 千分之二, 万分之三, 百万分之五
        ParsedNumber share = parseShare(text, start, p, negative);
        if (share != null) {
            return share;
        }
        NumeralScanner.Cardinal a = scanner.scan(text, p);
        if (a == null) {
            return null;
        }
        int q = skipSpaces(text, a.end());
        // X分之Y: Y/X
        int afterFen = fenZhi(text, q);
        if (afterFen > 0 && a.qualifier() == Qualifier.EXACT) {
            int r = skipSpaces(text, afterFen);
            boolean negNum = false;
            if (r < n && (text.charAt(r) == '负' || text.charAt(r) == '負')) {
                negNum = true;
                r++;
            }
            NumeralScanner.Cardinal b = scanner.scan(text, r);
            if (b != null && b.qualifier() == Qualifier.EXACT && a.low().signum() != 0) {
                BigDecimal v = b.low().divide(a.low(), DIVISION);
                if (negNum) {
                    v = v.negate();
                }
                return number(text, start, b.end(), negative ? v.negate() : v, null, Qualifier.EXACT,
                        ParsedNumber.Kind.FRACTION, true, false, false);
            }
        }
        // a/b with Arabic integers (4/5); not dates like 2024/5/6
        if (a.arabic() && a.qualifier() == Qualifier.EXACT && a.end() + 1 < n && text.charAt(a.end()) == '/'
                && isInteger(a.low()) && NumeralScanner.isAsciiDigit(text.charAt(a.end() + 1))) {
            NumeralScanner.Cardinal b = scanner.scan(text, a.end() + 1);
            if (b != null && b.arabic() && isInteger(b.low()) && b.low().signum() != 0
                    && !(b.end() < n && (text.charAt(b.end()) == '/' || text.charAt(b.end()) == '.'))) {
                BigDecimal v = a.low().divide(b.low(), DIVISION);
                return number(text, start, b.end(), negative ? v.negate() : v, null, Qualifier.EXACT,
                        ParsedNumber.Kind.FRACTION, true, false, true);
            }
        }
        if (a.implicitLead() && !a.hasDigit() && !a.scaled()) {
            return null; // 千, 百 alone (千家万户) are not numbers
        }
        boolean wordAround = p > 0 && isCjkLetter(text.charAt(p - 1)) || a.end() < n && isCjkLetter(text.charAt(a.end()));
        if (a.end() - p == 1 && wordAround && (text.charAt(p) == '零' || text.charAt(p) == '〇')) {
            return null; // 零 inside words (零部件, 零售, 零碳)
        }
        if (a.end() - p == 1 && wordAround && AMBIGUOUS_FORMAL.indexOf(text.charAt(p)) >= 0) {
            return null; // 伍, 陆, 拾, 肆 inside words (入伍, 大陆, 收拾, 放肆) are not numerals
        }
        BigDecimal low = a.low();
        BigDecimal high = a.high();
        int end = a.end();
        // 三又三分之一: a whole number and a fraction
        int you = skipSpaces(text, end);
        if (you < n && text.charAt(you) == '又' && a.qualifier() == Qualifier.EXACT) {
            ParsedNumber frac = parseAt(text, skipSpaces(text, you + 1));
            if (frac != null && frac.kind() == ParsedNumber.Kind.FRACTION && frac.value().signum() >= 0) {
                low = low.add(frac.value());
                end = frac.end();
                return number(text, start, end, negative ? low.negate() : low, null, Qualifier.EXACT,
                        ParsedNumber.Kind.NUMBER, true, a.scaled(), false);
            }
        }
        if (negative) {
            BigDecimal nl = high == null ? low.negate() : high.negate();
            BigDecimal nh = high == null ? null : low.negate();
            low = nl;
            high = nh;
        }
        return number(text, start, end, low, high, a.qualifier(), ParsedNumber.Kind.NUMBER, a.hasDigit(), a.scaled(), a.arabic());
    }

    /** Every numeral of a text, left to right, not overlapping. */
    public List<ParsedNumber> findAll(CharSequence text) {
        Objects.requireNonNull(text, "text");
        List<ParsedNumber> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!canStart(c) || (c == '-' || c == '−') && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                i++;
                continue;
            }
            ParsedNumber p = parseAt(text, i);
            if (p != null) {
                out.add(p);
                i = p.end();
            } else {
                i = skipDigitRun(text, i);
            }
        }
        return out;
    }

    /**
     * After a failed parse at {@code i}: the next position to try. A parse that fails on a digit
     * fails on a junk run (too many digits, past the digit cap), so the whole run of numeral
     * characters is skipped: its tail is not a number either, and the text is scanned once.
     */
    public static int skipDigitRun(CharSequence text, int i) {
        int n = text.length();
        if (i < n && (NumeralScanner.isAsciiDigit(text.charAt(i)) || NumeralScanner.digit(text.charAt(i)) >= 0)) {
            int j = i;
            while (j < n && NumeralScanner.isRunChar(text.charAt(j))) {
                j++;
            }
            while (j > i + 1 && Character.isWhitespace(text.charAt(j - 1)) || j > i + 1 && isSpaceChar(text.charAt(j - 1))) {
                j--; // trailing spaces are not part of the run
            }
            return j;
        }
        return i + 1;
    }

    private static boolean isSpaceChar(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00A0';
    }

    private ParsedNumber parseShare(CharSequence text, int start, int p, boolean negative) {
        int n = text.length();
        int q = p;
        BigDecimal denom = BigDecimal.ONE;
        while (q < n && isPowerWordChar(text.charAt(q))) {
            char c = text.charAt(q);
            long u = NumeralScanner.smallUnit(c);
            denom = u > 0 ? denom.multiply(BigDecimal.valueOf(u)) : denom.movePointRight(NumeralScanner.bigExponent(c));
            q++;
            if (q - p > 4) {
                return null;
            }
        }
        if (q == p) {
            return null;
        }
        int afterFen = fenZhi(text, skipSpaces(text, q));
        if (afterFen < 0) {
            return null;
        }
        int r = skipSpaces(text, afterFen);
        boolean negNum = false;
        if (r < n && (text.charAt(r) == '负' || text.charAt(r) == '負')) {
            negNum = true;
            r++;
        }
        NumeralScanner.Cardinal b = scanner.scan(text, r);
        if (b == null || b.qualifier() != Qualifier.EXACT && b.qualifier() != Qualifier.RANGE) {
            return null;
        }
        BigDecimal v = b.low().divide(denom, DIVISION);
        BigDecimal vmax = b.high() == null ? null : b.high().divide(denom, DIVISION);
        if (negative != negNum) {
            v = v.negate();
        }
        return number(text, start, b.end(), v, vmax, b.qualifier(), ParsedNumber.Kind.PER_MILLE_OR_CENT, true, false, false);
    }

    private static boolean isCjkLetter(char c) {
        return Character.isLetter(c) && c > 0x2E80;
    }

    private static boolean isPowerWordChar(char c) {
        return c == '百' || c == '佰' || c == '千' || c == '仟' || c == '万' || c == '萬' || c == '亿' || c == '億';
    }

    /** Position after "分之" (spaces allowed around 之) at {@code q}, or -1. */
    private static int fenZhi(CharSequence text, int q) {
        int n = text.length();
        if (q < n && text.charAt(q) == '分') {
            int r = skipSpaces(text, q + 1);
            if (r < n && text.charAt(r) == '之') {
                return r + 1;
            }
        }
        return -1;
    }

    private static int skipSpaces(CharSequence text, int q) {
        int n = text.length();
        int r = q;
        while (r < n && r - q < 4 && (text.charAt(r) == ' ' || text.charAt(r) == '\u3000')) {
            r++;
        }
        return r;
    }

    private static boolean isInteger(BigDecimal v) {
        return v.signum() == 0 || v.scale() <= 0 || v.stripTrailingZeros().scale() <= 0;
    }

    private static ParsedNumber number(CharSequence text, int start, int end, BigDecimal value, BigDecimal max,
                                       Qualifier q, ParsedNumber.Kind kind, boolean hasDigit, boolean scaled, boolean arabic) {
        return new ParsedNumber(start, end, text.subSequence(start, end).toString(), clean(value),
                max == null ? null : clean(max), q, kind, hasDigit, scaled, arabic);
    }

    /** Plain scale: 5.0E+8 becomes 500000000, 4.800 becomes 4.8. */
    static BigDecimal clean(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
