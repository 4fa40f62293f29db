package org.xinzhi.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into sentences: a line break ends a sentence, and so does 。！？!? with any
 * closing quotes after it, except that a quote closed right after the end mark and followed on
 * the same line by more text (the attribution: “…。”李向聪表示。) continues the sentence. This is
 * the rule the gold files use (shared/gold/validate.py), so fact sentence offsets agree with them.
 * Leading blanks are not part of a sentence. Clauses (；) are split later, by the fact stage.
 */
public final class SentenceSplitter {

    private static final String ENDERS = "。!?！？";
    private static final String CLOSERS = "”’」』\"'";
    private static final String OPENERS = "“‘「『";
    private static final String SPACES = " \t\u00a0\u3000\r";

    private SentenceSplitter() {
    }

    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int pos = 0;
        while (pos < n) {
            while (pos < n && (SPACES.indexOf(text.charAt(pos)) >= 0 || text.charAt(pos) == '\n')) {
                pos++;
            }
            if (pos >= n) {
                break;
            }
            int start = pos;
            int end = n;
            int j = pos;
            while (j < n) {
                char c = text.charAt(j);
                if (c == '\n') {
                    end = j;
                    break;
                }
                if (ENDERS.indexOf(c) >= 0) {
                    int k = j + 1;
                    while (k < n && CLOSERS.indexOf(text.charAt(k)) >= 0) {
                        k++;
                    }
                    if (k == j + 1) {
                        end = k;
                        break;
                    }
                    int m = k;
                    while (m < n && SPACES.indexOf(text.charAt(m)) >= 0) {
                        m++;
                    }
                    if (m >= n || text.charAt(m) == '\n' || OPENERS.indexOf(text.charAt(m)) >= 0) {
                        end = k;
                        break;
                    }
                    j = k;
                    continue;
                }
                j++;
            }
            int trimmed = end;
            while (trimmed > start && SPACES.indexOf(text.charAt(trimmed - 1)) >= 0) {
                trimmed--;
            }
            out.add(new Sentence(start, trimmed, text.substring(start, trimmed)));
            pos = end;
        }
        return List.copyOf(out);
    }
}
