package org.xinzhi.text;

import com.github.houbb.opencc4j.core.impl.ZhConvertBootstrap;
import java.util.List;
import java.util.Objects;

/**
 * Turns an original text into the normalized text every later stage reads: full-width ASCII folded
 * to half-width (digits, Latin letters, ％), full-width separators folded inside numbers (１，０００．５),
 * and traditional characters converted to simplified with OpenCC4j. The {@link OffsetMap} stays
 * exact even when a conversion changes the length of a phrase.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextNormalizer {

    private final ZhConvertBootstrap converter;
    private final boolean convertScript;

    private TextNormalizer(boolean convertScript) {
        this.convertScript = convertScript;
        this.converter = convertScript ? ZhConvertBootstrap.newInstance().init() : null;
    }

    /** A normalizer that folds widths and converts traditional to simplified. */
    public static TextNormalizer standard() {
        return new TextNormalizer(true);
    }

    /** A normalizer that only folds widths (keeps the script as written). */
    public static TextNormalizer widthOnly() {
        return new TextNormalizer(false);
    }

    /** Normalizes a text; null is rejected, an empty text gives an empty result. */
    public NormalizedText normalize(String original) {
        Objects.requireNonNull(original, "text");
        String folded = foldWidth(original);
        ScriptCounts counts = countScripts(original);
        Script script = counts.script();
        if (!convertScript || counts.traditionalOnly == 0) {
            return new NormalizedText(original, folded, OffsetMap.identity(original.length()), script);
        }
        String converted = converter.toSimple(folded);
        if (converted.length() == folded.length()) {
            return new NormalizedText(original, converted, OffsetMap.identity(original.length()), script);
        }
        return alignedConversion(original, folded, script);
    }

    /**
     * Converts phrase by phrase (OpenCC's own segmentation), so a phrase whose simplified form has
     * another length maps as a whole onto its original span.
     */
    private NormalizedText alignedConversion(String original, String folded, Script script) {
        @SuppressWarnings("deprecation")
        List<String> phrases = converter.doSeg(folded);
        StringBuilder out = new StringBuilder(folded.length() + 16);
        int[] starts = new int[folded.length() + 64];
        int[] ends = new int[starts.length];
        int pos = 0;
        for (String phrase : phrases) {
            String simple = converter.toSimple(phrase);
            int n = simple.length();
            if (out.length() + n > starts.length) {
                int size = Math.max(starts.length * 2, out.length() + n);
                starts = java.util.Arrays.copyOf(starts, size);
                ends = java.util.Arrays.copyOf(ends, size);
            }
            for (int k = 0; k < n; k++) {
                int at = out.length() + k;
                if (n == phrase.length()) {
                    starts[at] = pos + k;
                    ends[at] = pos + k + 1;
                } else {
                    // Length changed: every char of the new phrase stands for the whole old phrase.
                    starts[at] = pos;
                    ends[at] = pos + phrase.length();
                }
            }
            out.append(simple);
            pos += phrase.length();
        }
        if (pos != folded.length()) {
            // The converter's segmentation did not cover the text: keep the text as it was rather than guess.
            return new NormalizedText(original, folded, OffsetMap.identity(original.length()), script);
        }
        int len = out.length();
        return new NormalizedText(original, out.toString(),
                OffsetMap.of(java.util.Arrays.copyOf(starts, len), java.util.Arrays.copyOf(ends, len), original.length()), script);
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
