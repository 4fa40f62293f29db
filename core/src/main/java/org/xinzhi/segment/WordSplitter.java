package org.xinzhi.segment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import org.xinzhi.text.NormalizedText;
import org.xinzhi.text.TextNormalizer;

/**
 * Splits a text into words written in its ORIGINAL characters (the SIGHAN output format), with
 * HanLP's standard segmentation either over the normalized text (width-folded, traditional
 * converted to simplified) or over the text as it is.
 *
 * <p>Word boundaries found on the normalized text are mapped back through the offset map; a
 * boundary that falls inside a phrase whose conversion changed length is dropped (the phrase stays
 * one word), so every original char appears exactly once, in order. Whitespace separates words
 * and is not part of any word. Immutable and thread-safe.
 */
public final class WordSplitter {

    private final TextNormalizer normalizer;
    private final Segmenter segmenter = Segmenter.standard();

    private WordSplitter(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** Segments the normalized text (width folded, traditional → simplified); words in original chars. */
    public static WordSplitter converting() {
        return new WordSplitter(TextNormalizer.standard());
    }

    /** Plain HanLP standard segmentation of the text as it is. */
    public static WordSplitter plain() {
        return new WordSplitter(null);
    }

    /** The words of a text, in original characters and order; whitespace is left out. */
    public List<String> words(String text) {
        Objects.requireNonNull(text, "text");
        if (normalizer == null) {
            return split(text, boundaries(text, segmenter.segment(text), null));
        }
        NormalizedText n = normalizer.normalize(text);
        return split(text, boundaries(text, segmenter.segment(n.normalized()), n));
    }

    private static BitSet boundaries(String original, List<Token> tokens, NormalizedText n) {
        BitSet cut = new BitSet(original.length() + 1);
        for (Token t : tokens) {
            int start = n == null ? t.start() : n.originalStart(t.start());
            int end = n == null ? t.end() : n.originalEnd(t.end());
            cut.set(start);
            cut.set(end);
        }
        return cut;
    }

    private static List<String> split(String text, BitSet cut) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (cut.get(i) && !Character.isLowSurrogate(c) && word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\uFEFF') {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                continue;
            }
            word.append(c);
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }
}
