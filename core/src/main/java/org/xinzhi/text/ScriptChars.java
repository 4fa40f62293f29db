package org.xinzhi.text;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.BitSet;

/**
 * Which CJK characters exist only in one script, computed once from OpenCC4j's tables, so that
 * script detection is a bit test per char instead of a dictionary lookup.
 */
final class ScriptChars {
    private static final int FIRST = 0x3400;
    private static final int LAST = 0x9FFF;
    private static final BitSet TRADITIONAL_ONLY = new BitSet(LAST - FIRST + 1);
    private static final BitSet SIMPLIFIED_ONLY = new BitSet(LAST - FIRST + 1);

    static {
        for (int c = FIRST; c <= LAST; c++) {
            char ch = (char) c;
            boolean trad = ZhConverterUtil.isTraditional(ch);
            boolean simp = ZhConverterUtil.isSimple(ch);
            if (trad && !simp) {
                TRADITIONAL_ONLY.set(c - FIRST);
            } else if (simp && !trad) {
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
