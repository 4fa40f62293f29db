package org.xinzhi.text;

import com.github.houbb.opencc4j.support.datamap.IDataMap;
import com.github.houbb.opencc4j.support.datamap.impl.DataMaps;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Which CJK characters mark one script, computed once from OpenCC4j's tables, so that script
 * detection is a bit test per char instead of a dictionary lookup. A char is traditional when
 * OpenCC's traditional→simplified conversion changes it (發, 會, 臨: OpenCC's own isSimple/
 * isTraditional accept 發 and 會 as both, which would hide most traditional text), and simplified
 * when only the opposite conversion changes it (发, 会).
 */
final class ScriptChars {
    private static final int FIRST = 0x3400;
    private static final int LAST = 0x9FFF;
    private static final BitSet TRADITIONAL_ONLY = new BitSet(LAST - FIRST + 1);
    private static final BitSet SIMPLIFIED_ONLY = new BitSet(LAST - FIRST + 1);

    static {
        // Conversion can only change a char that is a key of OpenCC's char or phrase tables, so only
        // those candidates are converted (a few thousand instead of every char in the range).
        IDataMap data = DataMaps.defaults();
        BitSet toSimpleKeys = singleCharKeys(data.tsChar(), data.tsPhrase());
        BitSet toTraditionalKeys = singleCharKeys(data.stChar(), data.stPhrase());
        for (int i = toSimpleKeys.nextSetBit(0); i >= 0; i = toSimpleKeys.nextSetBit(i + 1)) {
            String ch = String.valueOf((char) (i + FIRST));
            if (!ZhConverterUtil.toSimple(ch).equals(ch)) {
                TRADITIONAL_ONLY.set(i);
            }
        }
        toTraditionalKeys.andNot(TRADITIONAL_ONLY);
        for (int i = toTraditionalKeys.nextSetBit(0); i >= 0; i = toTraditionalKeys.nextSetBit(i + 1)) {
            String ch = String.valueOf((char) (i + FIRST));
            if (!ZhConverterUtil.toTraditional(ch).equals(ch)) {
                SIMPLIFIED_ONLY.set(i);
            }
        }
    }

    @SafeVarargs
    private static BitSet singleCharKeys(Map<String, List<String>>... tables) {
        BitSet keys = new BitSet(LAST - FIRST + 1);
        for (Map<String, List<String>> table : tables) {
            for (String k : table.keySet()) {
                if (k.length() == 1 && k.charAt(0) >= FIRST && k.charAt(0) <= LAST) {
                    keys.set(k.charAt(0) - FIRST);
                }
            }
        }
        return keys;
    }

    private ScriptChars() {
    }

    static boolean isTraditionalOnly(char c) {
        return c >= FIRST && c <= LAST && TRADITIONAL_ONLY.get(c - FIRST);
    }

    static boolean isSimplifiedOnly(char c) {
        return c >= FIRST && c <= LAST && SIMPLIFIED_ONLY.get(c - FIRST);
    }
}
