package org.xinzhi.lexicon;

import com.github.houbb.opencc4j.core.impl.ZhConvertBootstrap;
import com.github.houbb.opencc4j.support.datamap.IDataMap;
import com.github.houbb.opencc4j.support.datamap.impl.DataMaps;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.xinzhi.text.TextNormalizer;

/**
 * Normalizes lexicon terms. A document is converted to simplified only when it is detected as
 * traditional, and a short term has too few characters for that detection (鴻海 has no character
 * that is traditional-only in OpenCC's tables, so the document rule leaves it as written). A term
 * therefore gets every form a document could contain: its primary form (simplified) and, when
 * different, the form the document rule gives, which the parser adds as an alias.
 */
final class TermNormalizer {
    private final TextNormalizer text = TextNormalizer.standard();
    private final ZhConvertBootstrap converter = ZhConvertBootstrap.newInstance().init();
    /**
     * Chars OpenCC's traditional→simplified conversion can change: keys of its char table and chars
     * of its phrase table's keys whose conversion differs. A term with none of them converts to
     * itself, so most terms skip the (costly) conversion call.
     */
    private final BitSet convertible = convertibleChars(DataMaps.defaults());
    /** Per CJK char: 0 not yet known, 1 simplified-only, 2 not. Used while one lexicon set builds. */
    private final byte[] simplifiedOnly = new byte[0x9FFF - 0x3400 + 1];

    /** The primary (simplified) form first, then other forms a normalized document may contain. */
    List<String> forms(String term) {
        String asDocument = text.normalize(term).normalized();
        // A term with a simplified-only character is simplified already: full conversion would only
        // rewrite characters that are valid in simplified text (乾照光电 must stay as written).
        if (!hasHan(asDocument) || !hasConvertible(asDocument) || hasSimplifiedOnly(asDocument)) {
            return List.of(asDocument);
        }
        String full = converter.toSimple(asDocument);
        return full.equals(asDocument) ? List.of(asDocument) : List.of(full, asDocument);
    }

    String primary(String term) {
        return forms(term).get(0);
    }

    private boolean hasConvertible(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (convertible.get(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static BitSet convertibleChars(IDataMap data) {
        BitSet chars = new BitSet(Character.MAX_VALUE + 1);
        for (Map<String, List<String>> table : List.of(data.tsChar(), data.tsPhrase())) {
            for (Map.Entry<String, List<String>> e : table.entrySet()) {
                String key = e.getKey();
                boolean changes = false;
                for (String to : e.getValue()) {
                    changes |= !key.equals(to);
                }
                if (changes || e.getValue().isEmpty()) {
                    for (int i = 0; i < key.length(); i++) {
                        chars.set(key.charAt(i));
                    }
                }
            }
        }
        return chars;
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x3400 && c <= 0x9FFF) {
                return true;
            }
        }
        return false;
    }

    private boolean hasSimplifiedOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x3400 && c <= 0x9FFF && isSimplifiedOnly(c)) {
                return true;
            }
        }
        return false;
    }

    /** OpenCC's per-char test, remembered: terms share most of their chars. */
    private boolean isSimplifiedOnly(char c) {
        byte known = simplifiedOnly[c - 0x3400];
        if (known == 0) {
            known = ZhConverterUtil.isSimple(c) && !ZhConverterUtil.isTraditional(c) ? (byte) 1 : (byte) 2;
            simplifiedOnly[c - 0x3400] = known;
        }
        return known == 1;
    }
}
