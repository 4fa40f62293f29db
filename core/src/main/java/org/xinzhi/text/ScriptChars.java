package org.xinzhi.text;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.BitSet;

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
        for (int c = FIRST; c <= LAST; c++) {
            String ch = String.valueOf((char) c);
            if (!ZhConverterUtil.toSimple(ch).equals(ch)) {
                TRADITIONAL_ONLY.set(c - FIRST);
            } else if (!ZhConverterUtil.toTraditional(ch).equals(ch)) {
                SIMPLIFIED_ONLY.set(c - FIRST);
            }
        }
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
