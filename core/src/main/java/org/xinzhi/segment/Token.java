package org.xinzhi.segment;

/**
 * A word from the segmenter.
 *
 * @param start      first char, inclusive
 * @param end        last char, exclusive
 * @param text       the slice of the text the offsets refer to
 * @param normalized the word as segmented (simplified, width-folded)
 * @param pos        HanLP's part-of-speech tag (n, ns, nt, nr, m, q, v, w ...)
 */
public record Token(int start, int end, String text, String normalized, String pos) {

    public int length() {
        return end - start;
    }

    /** True for HanLP's place-name tags (ns, nsf). */
    public boolean isPlace() {
        return pos.startsWith("ns");
    }

    /** True for HanLP's organization tags (nt, ntc, nto, ...). */
    public boolean isOrganization() {
        return pos.startsWith("nt");
    }

    public boolean isPunctuation() {
        return pos.startsWith("w");
    }

    public Token withSpan(int newStart, int newEnd, String newText) {
        return new Token(newStart, newEnd, newText, normalized, pos);
    }
}
