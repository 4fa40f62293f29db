package org.xinzhi.recognize;

import java.util.Arrays;
import java.util.List;
import org.xinzhi.segment.AnalyzedText;
import org.xinzhi.segment.Token;

/** Per-call view of a document for the name recognizer: the normalized text and where tokens begin and end. */
final class NameDoc {
    final String text;
    private final List<Token> tokens;
    private final int[] startTok;
    private final int[] endTok;
    private final int[] covering;

    NameDoc(AnalyzedText analyzed) {
        this.text = analyzed.normalized();
        this.tokens = analyzed.tokens();
        int n = text.length();
        startTok = new int[n + 1];
        endTok = new int[n + 1];
        covering = new int[n + 1];
        Arrays.fill(startTok, -1);
        Arrays.fill(endTok, -1);
        Arrays.fill(covering, -1);
        for (int i = 0; i < tokens.size(); i++) {
            Token k = tokens.get(i);
            startTok[k.start()] = i;
            endTok[k.end()] = i;
            for (int p = k.start(); p < k.end(); p++) {
                covering[p] = i;
            }
        }
    }

    int length() {
        return text.length();
    }

    List<Token> tokens() {
        return tokens;
    }

    boolean alignedStart(int pos) {
        return pos >= 0 && pos <= text.length() && startTok[pos] >= 0;
    }

    boolean alignedEnd(int pos) {
        return pos >= 0 && pos <= text.length() && endTok[pos] >= 0;
    }

    Token tokenAt(int pos) {
        return pos >= 0 && pos < text.length() && covering[pos] >= 0 ? tokens.get(covering[pos]) : null;
    }

    Token tokenStartingAt(int pos) {
        return alignedStart(pos) ? tokens.get(startTok[pos]) : null;
    }

    Token tokenEndingAt(int pos) {
        return alignedEnd(pos) ? tokens.get(endTok[pos]) : null;
    }

    /** The '(' that a ')' at {@code close} closes, within {@code max} chars and without other punctuation, or -1. */
    int matchingOpen(int close, int max) {
        for (int i = close - 1; i >= Math.max(0, close - max); i--) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') {
                return i;
            }
            if (!Character.isLetterOrDigit(c)) {
                return -1;
            }
        }
        return -1;
    }
}
