package org.xinzhi.text;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an original text into the normalized text every later stage reads: full-width ASCII folded
 * to half-width (digits, Latin letters, ％), full-width separators folded inside numbers (１，０００．５),
 * and traditional characters converted to simplified with OpenCC4j. The {@link OffsetMap} stays
 * exact even when a conversion changes the length of a phrase.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextNormalizer {

    private static final Logger LOG = LoggerFactory.getLogger(TextNormalizer.class);

    private final ScriptConverter converter;

    /** @param converter the traditional→simplified converter, or null to keep the script as written */
    TextNormalizer(ScriptConverter converter) {
        this.converter = converter;
    }

    /** A normalizer that folds widths and converts traditional to simplified. */
    public static TextNormalizer standard() {
        return new TextNormalizer(ScriptConverter.openCc());
    }

    /** A normalizer that only folds widths (keeps the script as written). */
    public static TextNormalizer widthOnly() {
        return new TextNormalizer(null);
    }

    /** Normalizes a text; null is rejected, an empty text gives an empty result. */
    public NormalizedText normalize(String text) {
        Objects.requireNonNull(text, "text must not be null");
        String original = withoutLoneSurrogates(text);
        String folded = foldWidth(original);
        ScriptCounts counts = countScripts(original);
        Script script = counts.script();
        if (converter == null || counts.traditionalOnly == 0) {
            return new NormalizedText(original, folded, OffsetMap.identity(original.length()), script);
        }
        return alignedConversion(original, folded, script);
    }

    /**
     * The text with every lone surrogate (a high one not followed by a low one, a low one not after a
     * high one) replaced by U+FFFD: same length, so offsets do not move, and every slice of the result
     * is well-formed UTF-16 that JSON and UTF-8 writers accept. The text itself when it has none.
     */
    public static String withoutLoneSurrogates(String text) {
        char[] out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = '\uFFFD';
            }
        }
        return out == null ? text : new String(out);
    }

    /**
     * Converts phrase by phrase, so a phrase whose simplified form has another length maps as a
     * whole onto its original span. (Comparing total lengths is not enough: one phrase may shrink
     * and another grow.) Width folding keeps every char in place, so folded offsets are original
     * offsets.
     */
    private NormalizedText alignedConversion(String original, String folded, Script script) {
        List<String> phrases = converter.phrases(folded);
        StringBuilder out = new StringBuilder(folded.length() + 16);
        int[] starts = null; // allocated at the first phrase that changes length
        int[] ends = null;
        int pos = 0;
        for (String phrase : phrases) {
            if (!folded.startsWith(phrase, pos)) {
                // The converter's phrases do not tile the text: keep the script rather than guess offsets.
                LOG.warn("script conversion skipped: converter phrases do not cover the text at offset {}", pos);
                return new NormalizedText(original, folded, OffsetMap.identity(original.length()), script);
            }
            String simple = converter.toSimplified(phrase);
            int n = simple.length();
            int at = out.length();
            if (starts == null && (n != phrase.length() || at != pos)) {
                starts = new int[Math.max(16, folded.length() + folded.length() / 8)];
                ends = new int[starts.length];
                for (int k = 0; k < at; k++) {
                    starts[k] = k;
                    ends[k] = k + 1;
                }
            }
            if (starts != null) {
                if (at + n > starts.length) {
                    int size = Math.max(starts.length * 2, at + n);
                    starts = Arrays.copyOf(starts, size);
                    ends = Arrays.copyOf(ends, size);
                }
                for (int k = 0; k < n; k++) {
                    if (n == phrase.length()) {
                        starts[at + k] = pos + k;
                        ends[at + k] = pos + k + 1;
                    } else {
                        // Length changed: every char of the new phrase stands for the whole old phrase.
                        starts[at + k] = pos;
                        ends[at + k] = pos + phrase.length();
                    }
                }
            }
            out.append(simple);
            pos += phrase.length();
        }
        if (pos != folded.length()) {
            LOG.warn("script conversion skipped: converter phrases end at {} of {}", pos, folded.length());
            return new NormalizedText(original, folded, OffsetMap.identity(original.length()), script);
        }
        int len = out.length();
        OffsetMap map = starts == null ? OffsetMap.identity(len)
                : OffsetMap.of(Arrays.copyOf(starts, len), Arrays.copyOf(ends, len), original.length());
        return new NormalizedText(original, out.toString(), map, script);
    }

    /** Full-width ASCII to half-width; ，．： only between digits, where they are separators. */
    static String foldWidth(String s) {
        char[] out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char f = c;
            if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ' || c == '％' || c == '＄' || c == '＋' || c == '－' || c == '／') {
                f = (char) (c - 0xFEE0);
            } else if ((c == '，' || c == '．' || c == '：') && i > 0 && i + 1 < n && isDigit(s.charAt(i - 1)) && isDigit(s.charAt(i + 1))) {
                f = (char) (c - 0xFEE0);
            }
            if (f != c) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = f;
            }
        }
        return out == null ? s : new String(out);
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private ScriptCounts countScripts(String s) {
        int trad = 0;
        int simp = 0;
        int han = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x3400 || c > 0x9FFF) {
                continue;
            }
            han++;
            if (ScriptChars.isTraditionalOnly(c)) {
                trad++;
            } else if (ScriptChars.isSimplifiedOnly(c)) {
                simp++;
            }
        }
        return new ScriptCounts(han, trad, simp);
    }

    private record ScriptCounts(int han, int traditionalOnly, int simplifiedOnly) {
        Script script() {
            if (han == 0 || traditionalOnly + simplifiedOnly == 0) {
                return han == 0 ? Script.UNKNOWN : Script.SIMPLIFIED;
            }
            double tradShare = traditionalOnly / (double) (traditionalOnly + simplifiedOnly);
            if (tradShare >= 0.8) {
                return Script.TRADITIONAL;
            }
            if (tradShare <= 0.2) {
                return Script.SIMPLIFIED;
            }
            return Script.MIXED;
        }
    }
}
