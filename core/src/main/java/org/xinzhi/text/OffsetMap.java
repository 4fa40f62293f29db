package org.xinzhi.text;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Maps spans of a normalized text back to the original text, like Lucene's
 * {@code CharFilter.correctOffset}: every normalized char knows the original span it came from.
 *
 * <p>When normalization kept every char in place (the common case: width folding and most
 * traditional→simplified conversions are one char for one char), the map is the identity and
 * stores nothing.
 */
public final class OffsetMap implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int normalizedLength;
    private final int originalLength;
    /** originalStart[i]: where normalized char i starts in the original; null means identity. */
    private final int[] originalStart;
    /** originalEnd[i]: where normalized char i ends (exclusive) in the original. */
    private final int[] originalEnd;

    private OffsetMap(int normalizedLength, int originalLength, int[] originalStart, int[] originalEnd) {
        this.normalizedLength = normalizedLength;
        this.originalLength = originalLength;
        this.originalStart = originalStart;
        this.originalEnd = originalEnd;
    }

    /** The identity map for a text of the given length. */
    public static OffsetMap identity(int length) {
        return new OffsetMap(length, length, null, null);
    }

    /**
     * A map from per-char original spans.
     *
     * @param originalStart for each normalized char, its original start
     * @param originalEnd   for each normalized char, its original end (exclusive)
     * @param originalLength length of the original text
     */
    static OffsetMap of(int[] originalStart, int[] originalEnd, int originalLength) {
        if (originalStart.length != originalEnd.length) {
            throw new IllegalArgumentException("start and end tables differ in length");
        }
        boolean identity = originalStart.length == originalLength;
        for (int i = 0; identity && i < originalStart.length; i++) {
            identity = originalStart[i] == i && originalEnd[i] == i + 1;
        }
        if (identity) {
            return identity(originalLength);
        }
        return new OffsetMap(originalStart.length, originalLength,
                Arrays.copyOf(originalStart, originalStart.length), Arrays.copyOf(originalEnd, originalEnd.length));
    }

    public boolean isIdentity() {
        return originalStart == null;
    }

    public int normalizedLength() {
        return normalizedLength;
    }

    public int originalLength() {
        return originalLength;
    }

    /** Original offset of a span that starts at normalized offset {@code start}. */
    public int toOriginalStart(int start) {
        check(start);
        if (originalStart == null) {
            return start;
        }
        return start == normalizedLength ? originalLength : originalStart[start];
    }

    /** Original offset of a span that ends (exclusive) at normalized offset {@code end}. */
    public int toOriginalEnd(int end) {
        check(end);
        if (originalEnd == null) {
            return end;
        }
        return end == 0 ? (normalizedLength == 0 ? 0 : originalStart[0]) : originalEnd[end - 1];
    }

    private void check(int offset) {
        if (offset < 0 || offset > normalizedLength) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside normalized text of length " + normalizedLength);
        }
    }
}
