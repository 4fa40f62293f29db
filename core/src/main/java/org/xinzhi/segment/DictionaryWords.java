package org.xinzhi.segment;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.List;

/**
 * Lookups in HanLP's core dictionary, without segmenting: whether a string is a word, its most
 * frequent part of speech, and a forward longest-match split of a short string into dictionary
 * words (for re-reading a piece of a name HanLP joined into one word, cheaply, with no second
 * Viterbi pass). Read-only; thread-safe.
 */
public final class DictionaryWords {
    private static final int MAX_WORD = 6;

    private DictionaryWords() {
    }

    /** The most frequent part-of-speech tag of {@code word} in the core dictionary, or null if it is no word there. */
    public static String tag(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null || a.nature.length == 0) {
            return null;
        }
        int best = 0;
        for (int i = 1; i < a.nature.length; i++) {
            if (a.frequency[i] > a.frequency[best]) {
                best = i;
            }
        }
        return a.nature[best].toString();
    }

    /** The core dictionary's frequency of {@code word} (0 if absent). */
    public static int frequency(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        return a == null ? 0 : a.totalFrequency;
    }

    /**
     * {@code text} split into the longest dictionary words from the left; a char that starts no
     * word is a token of its own tagged "x". Offsets are relative to {@code text}.
     */
    public static List<Token> split(String text) {
        return split(text, MAX_WORD);
    }

    /** {@link #split(String)} with words of at most {@code maxWord} chars (a name the dictionary knows whole, read in parts). */
    public static List<Token> split(String text, int maxWord) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int len = 1;
            String tag = null;
            for (int n = Math.min(maxWord, text.length() - i); n >= 1; n--) {
                String w = text.substring(i, i + n);
                String t = tag(w);
                if (t != null) {
                    len = n;
                    tag = t;
                    break;
                }
            }
            String w = text.substring(i, i + len);
            out.add(new Token(i, i + len, w, w, tag == null ? "x" : tag));
            i += len;
        }
        return out;
    }
}
