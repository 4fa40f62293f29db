package org.xinzhi.lexicon;

import com.github.houbb.opencc4j.core.impl.ZhConvertBootstrap;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.BitSet;
import java.util.List;
import org.xinzhi.text.TextNormalizer;

/**
 * Normalizes lexicon terms. A document is converted to simplified only when it is detected as
 * traditional, and a short term has too few characters for that detection (鴻海 has no character
 * that is traditional-only in OpenCC's tables, so the document rule leaves it as written). A term
 * therefore gets every form a document could contain: its primary form (simplified) and, when
 * different, the form the document rule gives, which the parser adds as an alias.
 */
final class TermNormalizer {
    private static final int FIRST = 0x3400;
    private static final int LAST = 0x9FFF;

    private final TextNormalizer text = TextNormalizer.standard();
    private final ZhConvertBootstrap converter = ZhConvertBootstrap.newInstance().init();

    /** Characters that OpenCC changes on their own; computed once, read-only afterwards. */
    private static final class Convertible {
        static final BitSet CHARS = compute();

        private static BitSet compute() {
            ZhConvertBootstrap c = ZhConvertBootstrap.newInstance().init();
            BitSet set = new BitSet(LAST - FIRST + 1);
            for (int ch = FIRST; ch <= LAST; ch++) {
                if (ZhConverterUtil.isTraditional((char) ch)) {
                    String one = String.valueOf((char) ch);
                    if (!c.toSimple(one).equals(one)) {
                        set.set(ch - FIRST);
                    }
                }
            }
            return set;
        }
    }

    /** The primary (simplified) form first, then other forms a normalized document may contain. */
    List<String> forms(String term) {
        String asDocument = text.normalize(term).normalized();
        if (!mayConvert(asDocument)) {
            return List.of(asDocument);
        }
        String full = converter.toSimple(asDocument);
        if (full.equals(asDocument)) {
            return List.of(asDocument);
        }
        // A term that already has simplified-only characters is simplified: full conversion would
        // only rewrite characters that are valid in simplified text (乾照光电 must stay as written).
        return hasSimplifiedOnly(asDocument) ? List.of(asDocument, full) : List.of(full, asDocument);
    }

    String primary(String term) {
        return forms(term).get(0);
    }

    private static boolean mayConvert(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= FIRST && c <= LAST && Convertible.CHARS.get(c - FIRST)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSimplifiedOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= FIRST && c <= LAST && ZhConverterUtil.isSimple(c) && !ZhConverterUtil.isTraditional(c)) {
                return true;
            }
        }
        return false;
    }
}
