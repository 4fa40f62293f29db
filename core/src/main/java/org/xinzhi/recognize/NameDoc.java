package org.xinzhi.recognize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xinzhi.segment.AnalyzedText;
import org.xinzhi.segment.Token;

/** Per-call view of a document for the name recognizer: the normalized text and where tokens begin and end. */
final class NameDoc {
    final String text;
    private final org.xinzhi.text.NormalizedText source;
    private final List<Token> tokens;
    private final int[] startTok;
    private final int[] endTok;
    private final int[] covering;
    /** Plain re-segmentations of pieces of this document, by text (the recognizer's per-call cache). */
    final java.util.Map<String, List<Token>> plainWords = new java.util.HashMap<>();

    NameDoc(AnalyzedText analyzed) {
        this.text = analyzed.normalized();
        this.source = analyzed.text();
        this.tokens = splitAtBrackets(analyzed.tokens());
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

    /**
     * HanLP sometimes glues a bracket to a word (南通)半导体设备有限责任公司); names are built from
     * brackets as separate pieces, so brackets and quotes become tokens of their own here.
     */
    private static List<Token> splitAtBrackets(List<Token> in) {
        int first = 0;
        while (first < in.size() && (in.get(first).text().length() == 1 || !hasBracket(in.get(first).text()))) {
            first++;
        }
        if (first == in.size()) {
            return in; // nothing to split (AnalyzedText's list is immutable): no copy
        }
        List<Token> out = new ArrayList<>(in.size() + 16);
        out.addAll(in.subList(0, first));
        for (Token k : in.subList(first, in.size())) {
            String w = k.text();
            if (w.length() == 1 || !hasBracket(w)) {
                out.add(k);
                continue;
            }
            int a = 0;
            for (int i = 0; i <= w.length(); i++) {
                if (i == w.length() || isBracket(w.charAt(i))) {
                    if (i > a) {
                        String part = w.substring(a, i);
                        out.add(new Token(k.start() + a, k.start() + i, part, part, k.pos()));
                    }
                    if (i < w.length()) {
                        String b = String.valueOf(w.charAt(i));
                        out.add(new Token(k.start() + i, k.start() + i + 1, b, b, "w"));
                    }
                    a = i + 1;
                }
            }
        }
        return out;
    }

    private static boolean hasBracket(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (isBracket(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isBracket(char c) {
        if (c > '」' && c < '（' || c > ')' && c < '“') {
            return false; // Han chars and Latin letters, most of any text, in two compares
        }
        return c == '(' || c == ')' || c == '（' || c == '）' || c == '“' || c == '”' || c == '"' || c == '《' || c == '》'
                || c == '「' || c == '」' || c == '、' || c == '，' || c == '。';
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

    /** Whether the original text of [start, end) has a traditional character (台積電; not mere width folding). */
    boolean writtenTraditional(int start, int end) {
        int a = source.offsets().toOriginalStart(start);
        int b = source.offsets().toOriginalEnd(end);
        if (a < 0 || b > source.original().length() || b - a != end - start) {
            return false;
        }
        for (int i = 0; i < end - start; i++) {
            char o = source.original().charAt(a + i);
            char n = text.charAt(start + i);
            if (o != n && o > 0x2E80 && n > 0x2E80 && !(o >= 0xFF00 && o <= 0xFFEF)) {
                return true;
            }
        }
        return false;
    }
}
