package org.xinzhi.recognize.name;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xinzhi.segment.AnalyzedText;
import org.xinzhi.segment.Token;
import org.xinzhi.text.NormalizedText;
import org.xinzhi.text.Script;
import org.xinzhi.text.Sentence;

/**
 * One document as every name source reads it: the normalized text, its tokens (brackets and quotes
 * split off as tokens of their own) and where tokens and sentences begin and end. Built once per
 * document and shared by all sources; not thread-safe (one view per call).
 */
public final class NameView {
    private final String text;
    private final NormalizedText source;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final int[] startTok;
    private final int[] endTok;
    private final int[] covering;
    private final Map<String, Integer> counts = new HashMap<>();

    public NameView(AnalyzedText analyzed) {
        this.text = analyzed.normalized();
        this.source = analyzed.text();
        this.tokens = splitAtBrackets(analyzed.tokens());
        this.sentences = analyzed.sentences();
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

    /** The normalized text all offsets refer to. */
    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public String slice(int start, int end) {
        return text.substring(start, end);
    }

    /** The script the document is written in. */
    public Script script() {
        return source.script();
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** Index in {@link #tokens()} of the token starting at {@code pos}, or -1. */
    public int tokenIndexStartingAt(int pos) {
        return pos >= 0 && pos <= text.length() ? startTok[pos] : -1;
    }

    /** Index in {@link #tokens()} of the token ending at {@code pos}, or -1. */
    public int tokenIndexEndingAt(int pos) {
        return pos >= 0 && pos <= text.length() ? endTok[pos] : -1;
    }

    public boolean alignedStart(int pos) {
        return tokenIndexStartingAt(pos) >= 0;
    }

    public boolean alignedEnd(int pos) {
        return tokenIndexEndingAt(pos) >= 0;
    }

    /** The token covering the char at {@code pos}, or null. */
    public Token tokenAt(int pos) {
        return pos >= 0 && pos < text.length() && covering[pos] >= 0 ? tokens.get(covering[pos]) : null;
    }

    public Token tokenStartingAt(int pos) {
        int i = tokenIndexStartingAt(pos);
        return i >= 0 ? tokens.get(i) : null;
    }

    public Token tokenEndingAt(int pos) {
        int i = tokenIndexEndingAt(pos);
        return i >= 0 ? tokens.get(i) : null;
    }

    /** The sentence holding the char at {@code pos}, or null between sentences. */
    public Sentence sentenceAt(int pos) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (s.end() <= pos) {
                lo = mid + 1;
            } else if (s.start() > pos) {
                hi = mid - 1;
            } else {
                return s;
            }
        }
        return null;
    }

    /** How often {@code s} occurs in the text (non-overlapping), counted once per distinct string. */
    public int count(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        return counts.computeIfAbsent(s, w -> {
            int n = 0;
            for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + w.length())) {
                n++;
            }
            return n;
        });
    }

    /** The '(' that a ')' at {@code close} closes, within {@code max} chars and without other punctuation, or -1. */
    public int matchingOpen(int close, int max) {
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
    public boolean writtenTraditional(int start, int end) {
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
}
