package org.xinzhi.number;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.xinzhi.model.Qualifier;

/**
 * Scans one cardinal numeral (integer or decimal, Arabic, Chinese or mixed) with an explicit state
 * machine. Every token is checked against the state it arrives in; a token that does not fit ends
 * the numeral before it, so the scanner never backtracks and runs in time linear in the numeral.
 *
 * <p>Values are built twice in parallel, a low and a high variant, so that vague numerals come out
 * as intervals without a second pass: 三十几 is [30, 40), 三四十 is [30, 40].
 */
final class NumeralScanner {

    /** Largest number of integer digits a value may have; anything larger ends the numeral (absurd input). */
    static final int MAX_INTEGER_DIGITS = 30;
    /** Longest Arabic digit run read as a number; longer runs are junk (ids, hashes), not numbers. */
    static final int MAX_DIGIT_RUN = 30;
    private static final int MAX_FRACTION_DIGITS = 20;
    private static final int MAX_SPACES = 4;

    /** Where the scanner is in the grammar of a numeral. */
    private enum State {
        /** Nothing read yet. */
        START,
        /** After a digit (Chinese or an Arabic run): a unit, a magnitude, 点, 多/余 may follow. */
        DIGIT,
        /** After Chinese digits written one by one (二〇二四, 三四): only more digits or a unit. */
        SEQUENCE,
        /** After 十, 百, 千. */
        SMALL_UNIT,
        /** After 万, 亿, 兆 (or k). */
        BIG_UNIT,
        /** After 零 inside a numeral (一千零五). */
        ZERO,
        /** After 多/余 (一千多万): only a magnitude may follow. */
        MORE,
        /** After a decimal attached to a digit (一点五, 1.5): only a magnitude may follow. */
        DECIMAL,
        /** Nothing may follow. */
        DONE
    }

    /** The result of a scan, before fractions and signs. */
    record Cardinal(int end, BigDecimal low, BigDecimal high, Qualifier qualifier, boolean hasDigit,
                    boolean scaled, boolean arabic, boolean implicitLead) {
    }

    private final Map<Character, List<String>> stopWords;

    NumeralScanner(Map<Character, List<String>> stopWords) {
        this.stopWords = stopWords;
    }

    static int digit(char c) {
        switch (c) {
            case '零': case '〇': return 0;
            case '一': case '壹': case '幺': return 1;
            case '二': case '贰': case '貳': case '两': case '兩': case '俩': case '倆': return 2;
            case '三': case '叁': case '参': case '參': return 3;
            case '四': case '肆': return 4;
            case '五': case '伍': return 5;
            case '六': case '陆': case '陸': return 6;
            case '七': case '柒': return 7;
            case '八': case '捌': return 8;
            case '九': case '玖': return 9;
            default: return -1;
        }
    }

    static long smallUnit(char c) {
        switch (c) {
            case '十': case '拾': return 10;
            case '百': case '佰': return 100;
            case '千': case '仟': return 1000;
            default: return 0;
        }
    }

    static int bigExponent(char c) {
        switch (c) {
            case '万': case '萬': return 4;
            case '亿': case '億': return 8;
            case '兆': return 12;
            default: return 0;
        }
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** True if a numeral may start with this character. */
    static boolean canStart(char c) {
        return isAsciiDigit(c) || digit(c) >= 0 || smallUnit(c) > 0 || c == '廿' || c == '卅' || c == '卌' || c == '几' || c == '幾' || c == '数' || c == '數' || c == '上';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00A0';
    }

    /** Parallel low/high accumulators: value = total + section + number. */
    private static final class Acc {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal number; // the pending digit value, or null

        BigDecimal value() {
            BigDecimal v = total.add(section);
            return number == null ? v : v.add(number);
        }
    }

    /** Scans the longest numeral starting at {@code start}, or returns null if there is none. */
    Cardinal scan(CharSequence s, int start) {
        final int n = s.length();
        Acc lo = new Acc();
        Acc hi = new Acc();
        State st = State.START;
        int p = start;
        int end = start;
        long lastSmall = Long.MAX_VALUE; // smallest small unit used in the current section
        int lastBig = 0;                 // exponent of the last magnitude
        BigDecimal lastUnit = null;      // value of the last unit, for 一万三 = 13000
        boolean zeroSinceUnit = false;
        boolean singleCnDigit = false;   // the pending number is one Chinese digit (abbreviation candidate)
        boolean hasDigit = false;
        boolean scaled = false;
        boolean arabic = true;
        boolean implicitLead = false;
        boolean sawUnit = false;
        boolean noHigh = false;          // 几百: a lower bound only
        boolean range = false;
        boolean more = false;
        boolean about = false;           // 十来个, 二十来岁
        StringBuilder seq = new StringBuilder();

        while (p < n && st != State.DONE) {
            char c = s.charAt(p);
            if (isSpace(c)) {
                if (st == State.START) {
                    break;
                }
                int q = p;
                while (q < n && isSpace(s.charAt(q)) && q - p < MAX_SPACES) {
                    q++;
                }
                // spaces continue a Chinese numeral only (一百 五 十 二, 1000 万), never split digit runs
                if (q < n && (!isAsciiDigit(s.charAt(q)) || digitsThenUnit(st, s, q)) && continues(st, s, q)) {
                    p = q;
                    continue;
                }
                break;
            }
            boolean leadingDot = c == '.' && st == State.START && p + 1 < n && isAsciiDigit(s.charAt(p + 1))
                    && (p == 0 || !isAsciiDigit(s.charAt(p - 1)) && s.charAt(p - 1) != '.');
            if (isAsciiDigit(c) || leadingDot) {
                if (!(st == State.START || st == State.SMALL_UNIT || st == State.BIG_UNIT || st == State.ZERO)) {
                    break;
                }
                int q = leadingDot ? p : p;
                while (q < n && isAsciiDigit(s.charAt(q))) {
                    q++;
                }
                if (q - p > MAX_DIGIT_RUN) {
                    return null; // junk run: no numeral here
                }
                // thousands separators: ",ddd" groups, each exactly three digits
                while (q + 4 <= n && s.charAt(q) == ',' && isAsciiDigit(s.charAt(q + 1)) && isAsciiDigit(s.charAt(q + 2))
                        && isAsciiDigit(s.charAt(q + 3)) && (q + 4 == n || !isAsciiDigit(s.charAt(q + 4)))) {
                    q += 4;
                }
                if (q + 1 < n && s.charAt(q) == '.' && isAsciiDigit(s.charAt(q + 1))) {
                    int f = q + 1;
                    while (f < n && isAsciiDigit(s.charAt(f))) {
                        f++;
                    }
                    if (f - q - 1 > MAX_FRACTION_DIGITS) {
                        return null;
                    }
                    q = f;
                }
                String digits = s.subSequence(p, q).toString().replace(",", "");
                if (leadingDot) {
                    digits = "0" + digits; // .5 = 0.5
                }
                if (digits.indexOf('.') < 0 && digits.length() > MAX_INTEGER_DIGITS) {
                    return null;
                }
                BigDecimal v = new BigDecimal(digits);
                // scientific exponent 2e5, 1.2E-3 (not followed by letters: 3e5x is a code)
                if (q + 1 < n && (s.charAt(q) == 'e' || s.charAt(q) == 'E')) {
                    int e = q + 1;
                    boolean negExp = false;
                    if (e < n && (s.charAt(e) == '+' || s.charAt(e) == '-')) {
                        negExp = s.charAt(e) == '-';
                        e++;
                    }
                    int ds = e;
                    while (e < n && isAsciiDigit(s.charAt(e)) && e - ds < 3) {
                        e++;
                    }
                    if (e > ds && (e == n || !Character.isLetterOrDigit(s.charAt(e)))) {
                        int exp = Integer.parseInt(s.subSequence(ds, e).toString());
                        if (exp <= MAX_INTEGER_DIGITS) {
                            v = negExp ? v.movePointLeft(exp) : v.movePointRight(exp);
                            q = e;
                        }
                    }
                }
                // k = thousand (40k), only when no letter follows (kW, km, kg are units)
                boolean kilo = false;
                if (q < n && (s.charAt(q) == 'k' || s.charAt(q) == 'K' || s.charAt(q) == 'M')
                        && (q + 1 == n || !isAsciiLetter(s.charAt(q + 1)) && !isAsciiDigit(s.charAt(q + 1)))) {
                    v = v.movePointRight(s.charAt(q) == 'M' ? 6 : 3);
                    q++;
                    scaled = true;
                    kilo = true;
                }
                lo.number = v;
                hi.number = v;
                hasDigit = true;
                singleCnDigit = false;
                p = q;
                end = p;
                st = kilo ? State.BIG_UNIT : State.DIGIT;
                if (st == State.BIG_UNIT) {
                    lo.total = lo.value();
                    hi.total = hi.value();
                    lo.number = null;
                    hi.number = null;
                    lo.section = BigDecimal.ZERO;
                    hi.section = BigDecimal.ZERO;
                    lastBig = s.charAt(q - 1) == 'M' ? 6 : 3;
                    lastUnit = BigDecimal.ONE.movePointRight(lastBig);
                    lastSmall = Long.MAX_VALUE;
                }
                if (q < n && s.charAt(q) == '.' && q + 1 < n && isAsciiDigit(s.charAt(q + 1))) {
                    st = State.DONE; // 1.2.3: a version or a list number, stop here
                } else if (digits.indexOf('.') >= 0 && st == State.DIGIT) {
                    st = State.DECIMAL;
                }
                continue;
            }
            int d = digit(c);
            if (d == 0 && c != '两') {
                // 零 / 〇: a zero digit inside a digit sequence, otherwise a gap marker (一千零五)
                if (st == State.SEQUENCE || (st == State.DIGIT && singleCnDigit && !sawUnit)) {
                    if (seq.length() >= MAX_DIGIT_RUN) {
                        return null; // a junk run of digits written one by one: no numeral here
                    }
                    seq.append('0');
                    setSequence(lo, hi, seq);
                    st = State.SEQUENCE;
                    p++;
                    end = p;
                    arabic = false;
                    continue;
                }
                if (st == State.START) {
                    // a leading zero: 零点五, 〇二, 零十
                    seq.append('0');
                    lo.number = BigDecimal.ZERO;
                    hi.number = BigDecimal.ZERO;
                    hasDigit = true;
                    arabic = false;
                    singleCnDigit = true;
                    st = State.DIGIT;
                    p++;
                    end = p;
                    continue;
                }
                if (st == State.SMALL_UNIT || st == State.BIG_UNIT || st == State.ZERO) {
                    zeroSinceUnit = true;
                    st = State.ZERO;
                    p++;
                    arabic = false;
                    continue; // not committed: a trailing 零 is not part of the numeral
                }
                break;
            }
            if (d > 0) {
                if (st == State.DIGIT && singleCnDigit && !sawUnit || st == State.SEQUENCE) {
                    // digits written one by one: 二〇二四, 九九, 三四 (a pair of neighbours is a range)
                    boolean liang = isLiang(c);
                    if (liang && !(seq.length() == 1 && seq.charAt(0) == '1')) {
                        break; // 两两 is not a number; 一两 is
                    }
                    if (seq.length() > 0 && seq.charAt(0) == 'L' && !(seq.length() == 1 && d == 3)) {
                        break; // 两 only pairs with 三
                    }
                    if (seq.length() >= MAX_DIGIT_RUN) {
                        return null; // a junk run of digits written one by one: no numeral here
                    }
                    seq.append((char) ('0' + d));
                    setSequence(lo, hi, seq);
                    st = State.SEQUENCE;
                    p++;
                    end = p;
                    arabic = false;
                    continue;
                }
                if (!(st == State.START || st == State.SMALL_UNIT || st == State.BIG_UNIT || st == State.ZERO)) {
                    break;
                }
                BigDecimal v = BigDecimal.valueOf(d);
                lo.number = v;
                hi.number = v;
                hasDigit = true;
                arabic = false;
                singleCnDigit = !zeroSinceUnit;
                if (st == State.START) {
                    seq.setLength(0);
                    seq.append(isLiang(c) ? 'L' : (char) ('0' + d)); // L: 两 may only pair (两三)
                }
                st = State.DIGIT;
                p++;
                end = p;
                continue;
            }
            if (c == '廿' || c == '卅' || c == '卌') {
                if (!(st == State.START || st == State.BIG_UNIT || st == State.ZERO || st == State.SMALL_UNIT) || lastSmall <= 10) {
                    break;
                }
                BigDecimal v = BigDecimal.valueOf(c == '廿' ? 20 : c == '卅' ? 30 : 40);
                lo.section = lo.section.add(v);
                hi.section = hi.section.add(v);
                lastSmall = 10;
                lastUnit = BigDecimal.TEN;
                hasDigit = true;
                sawUnit = true;
                arabic = false;
                zeroSinceUnit = false;
                st = State.SMALL_UNIT;
                p++;
                end = p;
                continue;
            }
            long u = smallUnit(c);
            if (u > 0) {
                if (startsStopWord(s, p)) {
                    break;
                }
                boolean implicit;
                if (st == State.START || st == State.ZERO) {
                    implicit = true;
                } else if (st == State.DIGIT && seq.length() == 1 && seq.charAt(0) == '0') {
                    implicit = true; // 零十 = 10
                } else if (st == State.DIGIT || st == State.SEQUENCE && isPair(seq)) {
                    implicit = false;
                } else {
                    break;
                }
                if (u >= lastSmall) {
                    break; // 百百, 三百五百: a new numeral starts here
                }
                if (st == State.START) {
                    implicitLead = u > 10;
                    if (u == 10) {
                        hasDigit = true; // 十 alone is a number
                    }
                }
                BigDecimal uv = BigDecimal.valueOf(u);
                addUnit(lo, uv, implicit);
                addUnit(hi, uv, implicit);
                if (st == State.SEQUENCE) {
                    range = true;
                }
                lastSmall = u;
                lastUnit = uv;
                sawUnit = true;
                zeroSinceUnit = false;
                singleCnDigit = false;
                arabic = false;
                st = State.SMALL_UNIT;
                p++;
                end = p;
                continue;
            }
            int exp = bigExponent(c);
            if (exp > 0) {
                if (!(st == State.DIGIT || st == State.SEQUENCE && isPair(seq) || st == State.SMALL_UNIT
                        || st == State.BIG_UNIT || st == State.MORE || st == State.DECIMAL)) {
                    break;
                }
                if (startsStopWord(s, p) || (c == '兆' && !megaIsTrillion(s, p + 1))) {
                    break;
                }
                if (st == State.SEQUENCE) {
                    range = isPair(seq);
                }
                if (st == State.DIGIT && singleCnDigit && sawUnit && !zeroSinceUnit && lastUnit != null
                        && lastUnit.compareTo(BigDecimal.valueOf(100)) >= 0 && lastBig == 0) {
                    // 一千二万 = 12000000, 百二万 = 1200000: the abbreviated digit before a magnitude
                    BigDecimal f0 = lastUnit.movePointLeft(1);
                    lo.number = lo.number.multiply(f0);
                    hi.number = hi.number.multiply(f0);
                    singleCnDigit = false;
                }
                // a magnitude right after a magnitude multiplies: 万亿 = 10^12, 亿亿 = 10^16, 3万万万 = 3 x 10^12
                boolean adjacent = st == State.BIG_UNIT;
                BigDecimal lv = applyBig(lo, exp, lastBig, adjacent);
                BigDecimal hv = applyBig(hi, exp, lastBig, adjacent);
                if (lv == null || hv == null) {
                    return null; // past the digit cap: absurd, no numeral
                }
                // the exponent of the lowest unit now in the total: 万 then 亿 makes 万亿 (12), so a
                // later 亿 after more digits adds a group (一万亿五千亿) instead of multiplying again
                lastBig = lastBig == 0 || !adjacent && exp < lastBig ? exp : lastBig + exp;
                lastUnit = BigDecimal.ONE.movePointRight(exp);
                lastSmall = Long.MAX_VALUE;
                scaled = true;
                sawUnit = true;
                zeroSinceUnit = false;
                singleCnDigit = false;
                arabic = false;
                st = State.BIG_UNIT;
                p++;
                end = p;
                continue;
            }
            int afterPoint = p + 1;
            while (afterPoint < n && afterPoint - p <= 2 && isSpace(s.charAt(afterPoint))) {
                afterPoint++;
            }
            if ((c == '点' || c == '點') && afterPoint < n && digit(s.charAt(afterPoint)) >= 0
                    && !isLiang(s.charAt(afterPoint))
                    && (st == State.DIGIT && !arabic || st == State.SMALL_UNIT || st == State.BIG_UNIT
                    || st == State.SEQUENCE && !isPair(seq))) {
                int f = afterPoint;
                StringBuilder frac = new StringBuilder("0.");
                while (f < n && digit(s.charAt(f)) >= 0 && !isLiang(s.charAt(f)) && f - afterPoint < MAX_FRACTION_DIGITS) {
                    frac.append((char) ('0' + digit(s.charAt(f))));
                    f++;
                }
                BigDecimal fv = new BigDecimal(frac.toString());
                if (st == State.DIGIT && singleCnDigit && sawUnit && !zeroSinceUnit && lastUnit != null
                        && lastUnit.compareTo(BigDecimal.valueOf(100)) >= 0) {
                    // 两千三点一 = 2300.1: the abbreviated digit takes its place before the decimals
                    BigDecimal f0 = lastUnit.movePointLeft(1);
                    lo.number = lo.number.multiply(f0);
                    hi.number = hi.number.multiply(f0);
                    singleCnDigit = false;
                }
                if (st == State.DIGIT || st == State.SEQUENCE) {
                    lo.number = lo.number.add(fv);
                    hi.number = hi.number.add(fv);
                    st = State.DECIMAL;
                } else {
                    lo.section = lo.section.add(fv);
                    hi.section = hi.section.add(fv);
                    st = State.DONE;
                }
                hasDigit = true;
                singleCnDigit = false;
                arabic = false;
                p = f;
                end = p;
                continue;
            }
            boolean several = c == '几' || c == '幾' || st == State.START && (c == '数' || c == '數' || c == '上')
                    && p + 1 < n && (c != '上' || smallUnit(s.charAt(p + 1)) > 10 || bigExponent(s.charAt(p + 1)) > 0);
            if (several) {
                if (st == State.START) {
                    // 几百, 数十, 上万: at least one of that unit
                    if (p + 1 < n && (smallUnit(s.charAt(p + 1)) > 0 || bigExponent(s.charAt(p + 1)) > 0)) {
                        lo.number = BigDecimal.ONE;
                        hi.number = BigDecimal.ONE;
                        noHigh = true;
                        hasDigit = true;
                        arabic = false;
                        st = State.DIGIT;
                        p++;
                        continue; // not committed until a unit follows
                    }
                    break;
                }
                if (st == State.SMALL_UNIT && lastSmall == 10) {
                    // 三十几: the ones digit is anything from 0 to 9
                    hi.section = hi.section.add(BigDecimal.TEN);
                    range = true;
                    arabic = false;
                    st = State.MORE;
                    p++;
                    end = p;
                    continue;
                }
                if (st == State.ZERO) {
                    more = true;
                    noHigh = true;
                    st = State.MORE;
                    p++;
                    end = p;
                    continue;
                }
                break;
            }
            if (c == '来' && st == State.SMALL_UNIT && hasDigit && p + 1 < n && Character.isLetter(s.charAt(p + 1))
                    && "往自去说看到源回".indexOf(s.charAt(p + 1)) < 0) {
                about = true; // 十来个, 二十来岁: about that many
                st = State.MORE;
                p++;
                end = p;
                continue;
            }
            if ((c == '多' || c == '余' || c == '餘') && (st == State.DIGIT || st == State.SMALL_UNIT || st == State.BIG_UNIT)
                    && (hasDigit || implicitLead) && !(p + 1 < n && "于数样少".indexOf(s.charAt(p + 1)) >= 0)) {
                more = true;
                noHigh = true;
                st = State.MORE;
                p++;
                end = p;
                continue;
            }
            break;
        }
        if (end == start) {
            return null;
        }
        if (!hasDigit && !implicitLead) {
            return null;
        }
        // abbreviation: 一万三 = 13000, 两千四百五 = 2450 (a lone digit after a unit of 100 or more)
        if (lo.number != null && singleCnDigit && lastUnit != null && lastUnit.compareTo(BigDecimal.valueOf(100)) >= 0
                && !zeroSinceUnit && sawUnit && endsWithDigitChar(s, end)) {
            BigDecimal f = lastUnit.movePointLeft(1);
            lo.number = lo.number.multiply(f);
            hi.number = hi.number.multiply(f);
        }
        Qualifier q = Qualifier.EXACT;
        BigDecimal low = lo.value();
        BigDecimal high = hi.value();
        if (integerDigits(low) > MAX_INTEGER_DIGITS || integerDigits(high) > MAX_INTEGER_DIGITS) {
            return null; // 30 digits and 千, 1e30 digits: past the cap, absurd, no numeral
        }
        if (more || noHigh) {
            q = Qualifier.AT_LEAST;
            high = null;
        } else if (about) {
            q = Qualifier.APPROX;
            high = null;
        } else if (range || high.compareTo(low) != 0) {
            q = Qualifier.RANGE;
        } else {
            high = null;
        }
        return new Cardinal(end, low, high, q, hasDigit, scaled, arabic, implicitLead);
    }

    private static int integerDigits(BigDecimal v) {
        return v.signum() == 0 ? 0 : v.precision() - v.scale();
    }

    /** A char of a numeral run: digits (Arabic or Chinese), units, magnitudes, separators. */
    static boolean isRunChar(char c) {
        return isAsciiDigit(c) || c == ',' || c == '.' || digit(c) >= 0 || smallUnit(c) > 0 || bigExponent(c) > 0
                || c == '点' || c == '點' || c == '廿' || c == '卅' || c == '卌' || isSpace(c);
    }

    static boolean isLiang(char c) {
        return c == '两' || c == '兩' || c == '俩' || c == '倆';
    }

    private static boolean endsWithDigitChar(CharSequence s, int end) {
        return end > 0 && digit(s.charAt(end - 1)) > 0;
    }

    private static boolean isPair(StringBuilder seq) {
        if (seq.length() != 2) {
            return false;
        }
        char a = seq.charAt(0) == 'L' ? '2' : seq.charAt(0);
        char b = seq.charAt(1);
        return b == a + 1;
    }

    private static void setSequence(Acc lo, Acc hi, StringBuilder seq) {
        String digits = seq.toString().replace('L', '2');
        if (isPair(seq)) {
            lo.number = BigDecimal.valueOf(digits.charAt(0) - '0');
            hi.number = BigDecimal.valueOf(digits.charAt(1) - '0');
        } else {
            BigDecimal v = new BigDecimal(digits.length() > MAX_INTEGER_DIGITS ? digits.substring(0, MAX_INTEGER_DIGITS) : digits);
            lo.number = v;
            hi.number = v;
        }
    }

    private static void addUnit(Acc a, BigDecimal unit, boolean implicit) {
        BigDecimal n = implicit ? BigDecimal.ONE : a.number == null ? BigDecimal.ZERO : a.number;
        a.section = a.section.add(n.multiply(unit));
        a.number = null;
    }

    /** Applies a magnitude; returns null if the result would exceed the digit cap. */
    private static BigDecimal applyBig(Acc a, int exp, int lastBig, boolean adjacent) {
        BigDecimal group = a.section.add(a.number == null ? BigDecimal.ZERO : a.number);
        BigDecimal total;
        if (lastBig == 0 || adjacent || exp >= lastBig) {
            // 二十万亿: the magnitude multiplies everything before it
            total = a.total.add(group).movePointRight(exp);
        } else {
            // 五亿一万: a lower magnitude adds a new group
            total = a.total.add(group.movePointRight(exp));
        }
        if (total.precision() - total.scale() > MAX_INTEGER_DIGITS) {
            return null;
        }
        a.total = total;
        a.section = BigDecimal.ZERO;
        a.number = null;
        return total;
    }

    /** 兆 is 10^12 only before a currency, another magnitude or a digit; before 瓦, 字节 ... it is "mega". */
    private static boolean megaIsTrillion(CharSequence s, int p) {
        if (p >= s.length()) {
            return true;
        }
        char c = s.charAt(p);
        return "元亿億万萬美日欧港台新人".indexOf(c) >= 0 || digit(c) >= 0 || isAsciiDigit(c)
                || !Character.isLetterOrDigit(c);
    }

    private boolean startsStopWord(CharSequence s, int p) {
        List<String> words = stopWords.get(s.charAt(p));
        if (words == null) {
            return false;
        }
        for (String w : words) {
            if (regionMatches(s, p, w)) {
                return true;
            }
        }
        return false;
    }

    static boolean regionMatches(CharSequence s, int p, String w) {
        if (p + w.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (s.charAt(p + k) != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** 7万 5千: after a Chinese unit, spaced Arabic digits continue the numeral only if a unit follows them. */
    private static boolean digitsThenUnit(State st, CharSequence s, int q) {
        if (st != State.SMALL_UNIT && st != State.BIG_UNIT) {
            return false;
        }
        int k = q;
        while (k < s.length() && isAsciiDigit(s.charAt(k))) {
            k++;
        }
        return k < s.length() && (smallUnit(s.charAt(k)) > 0 || bigExponent(s.charAt(k)) > 0);
    }

    /** True if the token at {@code q} can continue a numeral in state {@code st} (used across spaces). */
    private static boolean continues(State st, CharSequence s, int q) {
        char c = s.charAt(q);
        if (st == State.MORE || st == State.DECIMAL) {
            return bigExponent(c) > 0;
        }
        if (st == State.DIGIT || st == State.SEQUENCE) {
            return smallUnit(c) > 0 || bigExponent(c) > 0 || c == '点' || c == '點' || c == '余' || c == '多' || digit(c) > 0;
        }
        return isAsciiDigit(c) || digit(c) >= 0 || smallUnit(c) > 0 || bigExponent(c) > 0 || c == '点' || c == '點' || c == '余' || c == '多'
                || c == '几' || c == '幾';
    }
}
