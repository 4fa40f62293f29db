package org.xinzhi.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.xinzhi.number.NumberParser;
import org.xinzhi.number.ParsedNumber;
import org.xinzhi.model.Qualifier;

/**
 * The Recognizers-Text "number range" model for the spec runner: comparisons written around numerals
 * (大于二十, 不小于三十, 至少有10, 1000以上, 比三十大, 20和30之间, 20~100) turned into intervals in the spec's
 * notation, e.g. {@code (20,35]}. Two one-sided bounds joined by 且/并且/并/的同时/a comma merge into one
 * interval. Built on {@link NumberParser}; it reads a query language rather than news, so it lives in
 * the command line, not in the library.
 */
final class NumberRangeSpecModel {

    /** A found interval in normalized-text offsets; null bounds are open ends. */
    record Interval(int start, int end, BigDecimal low, boolean lowClosed, BigDecimal high, boolean highClosed) {
        String notation() {
            return (low != null && lowClosed ? "[" : "(") + (low == null ? "" : plain(low)) + ","
                    + (high == null ? "" : plain(high)) + (high != null && highClosed ? "]" : ")");
        }
    }

    private record Op(String word, boolean lower, boolean closed) {
    }

    // longest first within each group; spaces inside operators are removed before matching
    private static final List<Op> PREFIX = List.of(
            new Op("大于或者等于", true, true), new Op("大于或等于", true, true), new Op("大于等于", true, true),
            new Op("小于或者等于", false, true), new Op("小于或等于", false, true), new Op("小于等于", false, true),
            new Op("不小于", true, true), new Op("不少于", true, true), new Op("不低于", true, true),
            new Op("不大于", false, true), new Op("不多于", false, true), new Op("不高于", false, true), new Op("不超过", false, true),
            new Op("超过了", true, false), new Op("超过", true, false), new Op("多于", true, false), new Op("高于", true, false),
            new Op("大于", true, false), new Op("少于", false, false), new Op("低于", false, false), new Op("小于", false, false),
            new Op("至少有", true, true), new Op("至少是", true, true), new Op("至少为", true, true), new Op("至少", true, true),
            new Op("最少", true, true), new Op("最多为", false, true), new Op("最多有", false, true), new Op("最多", false, true),
            new Op("至多", false, true), new Op("等于", true, true), new Op("过", true, false),
            new Op(">=", true, true), new Op("<=", false, true), new Op("≥", true, true), new Op("≤", false, true),
            new Op(">", true, false), new Op("<", false, false));
    private static final List<Op> SUFFIX = List.of(
            new Op("或者以上", true, true), new Op("或以上", true, true), new Op("或者更多", true, true), new Op("或更多", true, true),
            new Op("以上", true, false), new Op("以下", false, false), new Op("之下", false, false), new Op("之上", true, false),
            new Op("多", true, false));
    private static final List<String> JOINS = List.of("的同时", "并且", "且", "并", ",", "，", "");

    private final NumberParser parser;

    NumberRangeSpecModel(NumberParser parser) {
        this.parser = parser;
    }

    List<Interval> find(String s) {
        List<ParsedNumber> nums = parser.findAll(s);
        List<Interval> one = new ArrayList<>();
        for (int k = 0; k < nums.size(); k++) {
            ParsedNumber p = nums.get(k);
            // X和Y之间, X与Y间, X到Y, X~Y, X-Y
            if (k + 1 < nums.size()) {
                ParsedNumber q = nums.get(k + 1);
                String between = s.substring(p.end(), q.start()).replace(" ", "");
                if (List.of("到", "至", "~", "-", "–", "—", "和", "与").contains(between)) {
                    int start = p.start();
                    int end = q.end();
                    String tail = s.substring(end);
                    if (between.equals("和") || between.equals("与")) {
                        if (tail.startsWith("之间")) {
                            end += 2;
                        } else if (tail.startsWith("间")) {
                            end += 1;
                        } else {
                            continue;
                        }
                        for (String lead : List.of("位于", "在")) {
                            if (s.startsWith(lead, start - lead.length())) {
                                start -= lead.length();
                                break;
                            }
                        }
                    }
                    one.add(new Interval(start, end, p.value(), true, q.value(), false));
                    k++;
                    continue;
                }
            }
            Interval iv = bound(s, p);
            if (iv != null) {
                one.add(iv);
            }
        }
        // join a lower and an upper bound written one after the other
        List<Interval> out = new ArrayList<>();
        for (int k = 0; k < one.size(); k++) {
            Interval a = one.get(k);
            if (k + 1 < one.size()) {
                Interval b = one.get(k + 1);
                String gap = s.substring(a.end(), b.start()).strip();
                boolean oneSided = (a.low == null) != (a.high == null) && (b.low == null) != (b.high == null) && (a.low == null) != (b.low == null);
                if (oneSided && JOINS.contains(gap)) {
                    Interval lo = a.low != null ? a : b;
                    Interval hi = a.low != null ? b : a;
                    out.add(new Interval(a.start, b.end, lo.low, lo.lowClosed, hi.high, hi.highClosed));
                    k++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    private Interval bound(String s, ParsedNumber p) {
        int start = p.start();
        int end = p.end();
        // operator before the number, spaces inside it allowed (小于 或 等于100)
        String before = s.substring(Math.max(0, start - 12), start);
        String compact = before.replace(" ", "");
        for (Op op : PREFIX) {
            if (compact.endsWith(op.word)) {
                int opStart = startOfCompactSuffix(before, op.word.length()) + Math.max(0, start - 12);
                if (op.word.equals("等于") && (compact.endsWith("大于等于") || compact.endsWith("小于等于"))) {
                    continue;
                }
                if (op.word.equals("等于")) {
                    return new Interval(opStart, end, p.value(), true, p.value(), true);
                }
                return op.lower ? new Interval(opStart, end, p.value(), op.closed, null, false)
                        : new Interval(opStart, end, null, false, p.value(), op.closed);
            }
        }
        // 比三十大, 比 170 低
        String after = s.substring(end);
        String afterCompact = after.replace(" ", "");
        int bi = start - 1;
        while (bi >= 0 && s.charAt(bi) == ' ') {
            bi--;
        }
        if (bi >= 0 && s.charAt(bi) == '比' && !afterCompact.isEmpty()) {
            char c = afterCompact.charAt(0);
            int e = end + after.indexOf(c) + 1;
            if (c == '大' || c == '高' || c == '多') {
                return new Interval(bi, e, p.value(), false, null, false);
            }
            if (c == '小' || c == '低' || c == '少') {
                return new Interval(bi, e, null, false, p.value(), false);
            }
        }
        for (Op op : SUFFIX) {
            if (afterCompact.startsWith(op.word)) {
                int e = end + endOfCompactPrefix(after, op.word.length());
                return op.lower ? new Interval(start, e, p.value(), op.closed, null, false)
                        : new Interval(start, e, null, false, p.value(), op.closed);
            }
        }
        if (p.qualifier() == Qualifier.AT_LEAST) {
            return new Interval(start, end, p.value(), false, null, false);
        }
        if (p.qualifier() == Qualifier.RANGE && p.valueMax() != null) {
            return new Interval(start, end, p.value(), false, null, false); // the spec reads 十几万 as (100000,)
        }
        return null;
    }

    /** Index in {@code s} where its last {@code n} non-space characters begin. */
    private static int startOfCompactSuffix(String s, int n) {
        int k = s.length();
        int seen = 0;
        while (k > 0 && seen < n) {
            k--;
            if (s.charAt(k) != ' ') {
                seen++;
            }
        }
        return k;
    }

    /** Length of the prefix of {@code s} holding its first {@code n} non-space characters. */
    private static int endOfCompactPrefix(String s, int n) {
        int k = 0;
        int seen = 0;
        while (k < s.length() && seen < n) {
            if (s.charAt(k) != ' ') {
                seen++;
            }
            k++;
        }
        return k;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
