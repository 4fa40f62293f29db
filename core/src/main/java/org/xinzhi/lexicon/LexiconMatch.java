package org.xinzhi.lexicon;

/**
 * A lexicon hit in a text.
 *
 * @param start   first char, inclusive
 * @param end     last char, exclusive
 * @param surface the matched form (the entry's surface or one of its aliases)
 * @param entry   the entry matched
 */
public record LexiconMatch(int start, int end, String surface, LexiconEntry entry) {
    public int length() {
        return end - start;
    }
}
