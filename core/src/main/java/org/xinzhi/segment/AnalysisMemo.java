package org.xinzhi.segment;

import java.util.List;
import org.xinzhi.text.NormalizedText;

/**
 * The last few texts one thread analyzed, with their normalized form and words. A fact document
 * gives the same strings to several fields (its sentence to {@code sentence} and to the catch-all
 * field; the facts of one sentence all carry it), and HanLP is the costly part, so a repeated text
 * is segmented once. Confined to one thread; results are deterministic, so reuse changes nothing.
 */
final class AnalysisMemo {
    private static final int SIZE = 4;

    record Analysis(NormalizedText text, List<Token> tokens) {
    }

    private final String[] keys = new String[SIZE];
    private final Analysis[] values = new Analysis[SIZE];
    private int next;

    Analysis get(String input) {
        for (int i = 0; i < SIZE; i++) {
            if (input.equals(keys[i])) {
                return values[i];
            }
        }
        return null;
    }

    void put(String input, Analysis analysis) {
        keys[next] = input;
        values[next] = analysis;
        next = (next + 1) % SIZE;
    }
}
