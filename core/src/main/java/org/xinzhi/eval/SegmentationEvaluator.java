package org.xinzhi.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Scores a word segmentation against a gold segmentation, as the SIGHAN 2005 bakeoff does: a
 * predicted word is correct when a gold word covers exactly the same characters; precision =
 * correct / predicted words, recall = correct / gold words; OOV recall = correct among the gold
 * words not in the training word list.
 *
 * <p>Words are separated by any whitespace (ASCII space, tab, U+3000); a leading BOM is ignored.
 * Unlike the official Perl script, which aligns line by line with {@code diff}, both files are read
 * as ONE stream of non-whitespace characters and words are compared by their character span in
 * that stream; line breaks are word boundaries. Where the lines align, the figures are the same;
 * where a file moves a character to the next line (the MSR opening quotes), this equals feeding the
 * gold lines with spaces removed. The two streams must have the same number of characters;
 * characters that differ at the same position (a half-width/full-width letter) are counted in
 * {@link SegmentationScore#differingChars()} and do not affect the match.
 */
public final class SegmentationEvaluator {

    private SegmentationEvaluator() {
    }

    /**
     * @param gold            the gold text (words separated by whitespace, sentences by line breaks)
     * @param predicted       the predicted text in the same format
     * @param trainingWords   the training word list
     * @throws IllegalArgumentException when the two texts do not have the same characters count
     */
    public static SegmentationScore score(String gold, String predicted, Set<String> trainingWords) {
        Objects.requireNonNull(trainingWords, "trainingWords");
        Words g = words(Objects.requireNonNull(gold, "gold"));
        Words p = words(Objects.requireNonNull(predicted, "predicted"));
        if (g.chars.length() != p.chars.length()) {
            throw new IllegalArgumentException("gold has " + g.chars.length() + " characters (without whitespace), prediction "
                    + p.chars.length() + ": not the same text");
        }
        int differing = 0;
        for (int i = 0; i < g.chars.length(); i++) {
            if (g.chars.charAt(i) != p.chars.charAt(i)) {
                differing++;
            }
        }
        Set<Long> predSpans = new HashSet<>(p.spans.size() * 2);
        for (long[] s : p.spans) {
            predSpans.add(s[0] << 32 | s[1]);
        }
        int correct = 0;
        int oovGold = 0;
        int oovCorrect = 0;
        for (int i = 0; i < g.spans.size(); i++) {
            long[] s = g.spans.get(i);
            boolean hit = predSpans.contains(s[0] << 32 | s[1]);
            boolean oov = !trainingWords.contains(g.words.get(i));
            if (hit) {
                correct++;
            }
            if (oov) {
                oovGold++;
                if (hit) {
                    oovCorrect++;
                }
            }
        }
        int n = g.spans.size();
        return new SegmentationScore(new Score(n, p.spans.size(), correct), new Score(oovGold, oovGold, oovCorrect),
                new Score(n - oovGold, n - oovGold, correct - oovCorrect), differing);
    }

    /** A training word list: one word per line, blank lines and a BOM ignored, surrounding whitespace trimmed. */
    public static Set<String> wordList(String text) {
        Set<String> words = new HashSet<>();
        for (String line : stripBom(text).split("\r?\n|\r")) {
            String w = line.strip();
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private record Words(StringBuilder chars, List<long[]> spans, List<String> words) {
    }

    private static Words words(String text) {
        text = stripBom(text);
        StringBuilder chars = new StringBuilder(text.length());
        List<long[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean sep = i == text.length() || isSeparator(text.charAt(i));
            if (sep) {
                if (start >= 0) {
                    spans.add(new long[] {start, chars.length()});
                    words.add(chars.substring(start));
                    start = -1;
                }
            } else {
                if (start < 0) {
                    start = chars.length();
                }
                chars.append(text.charAt(i));
            }
        }
        return new Words(chars, spans, words);
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\uFEFF';
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }
}
