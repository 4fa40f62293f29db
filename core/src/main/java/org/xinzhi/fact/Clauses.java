package org.xinzhi.fact;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sentence into clauses at ，,；;：: and dashes (——), never inside brackets and never at a
 * comma between digits (1,100万). Package-private helper of the fact stage.
 */
final class Clauses {

    private static final String BREAKS = "，,；;：:";
    private static final String OPEN = "(（[【";
    private static final String CLOSE = ")）]】";

    private Clauses() {
    }

    /** Clause spans [start, end) covering {@code text[from, to)}; the break char ends its clause. */
    static List<int[]> split(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isHan(c)) {
                continue; // no bracket, break or dash: most chars of a sentence
            }
            if (OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSE.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                boolean brk = BREAKS.indexOf(c) >= 0 && !(c == ',' && between(text, i, from, to));
                boolean dash = c == '—' && i + 1 < to && text.charAt(i + 1) == '—';
                if (brk || dash) {
                    int end = dash ? i + 2 : i + 1;
                    out.add(new int[] {start, end});
                    start = end;
                    i = end - 1;
                }
            }
        }
        if (start < to) {
            out.add(new int[] {start, to});
        }
        return out;
    }

    private static boolean isHan(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    /** True when the char at i sits between two digits (a thousands separator). */
    private static boolean between(String text, int i, int from, int to) {
        return i > from && i + 1 < to && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
    }

    /** For each offset in [from, to): true when inside round or square brackets. */
    static boolean[] bracketed(String text, int from, int to) {
        boolean[] in = new boolean[to - from];
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isHan(c)) {
                in[i - from] = depth > 0;
            } else if (OPEN.indexOf(c) >= 0) {
                depth++;
                in[i - from] = true;
            } else if (CLOSE.indexOf(c) >= 0) {
                in[i - from] = depth > 0;
                depth = Math.max(0, depth - 1);
            } else {
                in[i - from] = depth > 0;
            }
        }
        return in;
    }
}
