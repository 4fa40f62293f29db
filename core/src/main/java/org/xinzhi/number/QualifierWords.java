package org.xinzhi.number;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xinzhi.model.Qualifier;

/**
 * Approximation words around a number and how they bound it (GUIDELINES, DECISIONS "Numbers").
 *
 * <p>Attached words (近, 约, 超过, 逾, 不到, 以上, 左右 ...) touch the number or its unit and belong to
 * the mention's span. Cue phrases separated from the number by a verb or a short phrase (约占上海市4/5,
 * 约为10%, 最高可达1000万元) set the qualifier but stay outside the span. 可达, 达到 and 为 say nothing
 * about precision (EXACT). Immutable and thread-safe.
 */
public final class QualifierWords {

    /** A qualifier word found next to a number. {@code start}/{@code end} delimit the word itself. */
    public record Match(int start, int end, Qualifier qualifier, boolean attached) {
    }

    private static final Map<String, Qualifier> PREFIX = new LinkedHashMap<>();
    private static final Map<String, Qualifier> SEPARATED = new LinkedHashMap<>();
    private static final Map<String, Qualifier> SUFFIX = new LinkedHashMap<>();
    /** Characters that, before a one-character prefix word, make it part of another word (签约, 附近, 高超). */
    private static final Map<String, String> NOT_AFTER = Map.of(
            "约", "签预合公条特制节履违邀赴相契婚集",
            "近", "最附临靠贴亲邻就远接将逼",
            "超", "高赶",
            "逾", "",
            "多", "");
    private static final int SEPARATED_WINDOW = 8;

    static {
        for (String w : List.of("约", "大约", "大概", "近", "将近", "接近", "几近", "差不多", "约莫")) {
            PREFIX.put(w, Qualifier.APPROX);
        }
        for (String w : List.of("超过", "超", "逾", "突破", "不少于", "不低于", "不小于", "至少", "多于", "高于", "大于", "大于等于",
                "大于或等于", "远超", "远超过", "远多于", "远高于", "超出", "不止", "≥", ">")) {
            PREFIX.put(w, Qualifier.AT_LEAST);
        }
        for (String w : List.of("不到", "不足", "不满", "不超过", "不大于", "不高于", "不多于", "少于", "低于", "小于", "小于等于",
                "小于或等于", "未满", "未超过", "至多", "不及", "≤", "<")) {
            PREFIX.put(w, Qualifier.AT_MOST);
        }
        for (String w : List.of("约占", "约为", "约合", "约有", "约达", "大约为", "大约有", "大概有", "约是")) {
            SEPARATED.put(w, Qualifier.APPROX);
        }
        for (String w : List.of("最高可达", "最高达", "最多可达", "最高为", "最多为", "最高", "最多", "上限为", "封顶")) {
            SEPARATED.put(w, Qualifier.AT_MOST);
        }
        for (String w : List.of("至少为", "最少为", "最低为", "起码")) {
            SEPARATED.put(w, Qualifier.AT_LEAST);
        }
        for (String w : List.of("或以上", "及以上", "以上", "或更多", "有余", "出头", "多", "余")) {
            SUFFIX.put(w, Qualifier.AT_LEAST);
        }
        for (String w : List.of("或以下", "及以下", "以下", "以内", "之内")) {
            SUFFIX.put(w, Qualifier.AT_MOST);
        }
        for (String w : List.of("左右", "上下")) {
            SUFFIX.put(w, Qualifier.APPROX);
        }
    }

    private static final List<String> PREFIX_LONGEST = longestFirst(PREFIX);
    private static final List<String> SEPARATED_LONGEST = longestFirst(SEPARATED);
    private static final List<String> SUFFIX_LONGEST = longestFirst(SUFFIX);
    /** The last chars of the separated cues, one bit each. */
    private static final long[] SEPARATED_LAST = new long[(Character.MAX_VALUE + 1) >>> 6];

    static {
        for (String w : SEPARATED.keySet()) {
            char c = w.charAt(w.length() - 1);
            SEPARATED_LAST[c >>> 6] |= 1L << c;
        }
    }

    private static boolean endsSomeCue(char c) {
        return (SEPARATED_LAST[c >>> 6] & (1L << c)) != 0;
    }

    private QualifierWords() {
    }

    private static List<String> longestFirst(Map<String, Qualifier> m) {
        List<String> l = new ArrayList<>(m.keySet());
        l.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(l);
    }

    /** The attached qualifier word ending exactly at {@code numberStart}, or null. */
    public static Match attachedBefore(CharSequence text, int numberStart) {
        for (String w : PREFIX_LONGEST) {
            int s = numberStart - w.length();
            if (s >= 0 && NumeralScanner.regionMatches(text, s, w)) {
                String bad = NOT_AFTER.get(w);
                if (bad != null && s > 0 && bad.indexOf(text.charAt(s - 1)) >= 0) {
                    continue;
                }
                // a separated cue that merely ends here (约为10%) is not an attached word
                if (endsSeparatedCue(text, numberStart)) {
                    return null;
                }
                return new Match(s, numberStart, PREFIX.get(w), true);
            }
        }
        return null;
    }

    private static boolean endsSeparatedCue(CharSequence text, int at) {
        for (String w : SEPARATED_LONGEST) {
            int s = at - w.length();
            if (s >= 0 && NumeralScanner.regionMatches(text, s, w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cue phrase shortly before the number, in the same clause (no punctuation or digit between):
     * 约占上海市4/5 → APPROX, 最高可达1000万元 → AT_MOST. Null if none.
     */
    public static Match separatedBefore(CharSequence text, int numberStart) {
        int from = Math.max(0, numberStart - SEPARATED_WINDOW);
        for (int end = numberStart; end >= from; end--) {
            if (end < numberStart) {
                char c = text.charAt(end);
                if (!Character.isLetter(c)) {
                    return null; // punctuation, space or a digit: another clause or number
                }
            }
            if (end == 0 || !endsSomeCue(text.charAt(end - 1))) {
                continue; // no cue ends with this char
            }
            for (String w : SEPARATED_LONGEST) {
                int s = end - w.length();
                if (s >= 0 && NumeralScanner.regionMatches(text, s, w)) {
                    return new Match(s, end, SEPARATED.get(w), false);
                }
            }
        }
        return null;
    }

    /** The qualifier word starting exactly at {@code end} (after the unit), or null. */
    public static Match attachedAfter(CharSequence text, int end) {
        int n = text.length();
        for (String w : SUFFIX_LONGEST) {
            if (NumeralScanner.regionMatches(text, end, w)) {
                int e = end + w.length();
                char next = e < n ? text.charAt(e) : ' ';
                if (w.equals("上下") && "游级文班楼层".indexOf(next) >= 0) {
                    continue; // 上下游 is not "about"
                }
                if ((w.equals("多") || w.equals("余")) && "数样元种家个名项位于人次年月天".indexOf(next) >= 0) {
                    continue; // 多 starting another word
                }
                return new Match(end, e, SUFFIX.get(w), true);
            }
        }
        return null;
    }
}
