package org.xinzhi.text;

/**
 * A sentence: a span of a text, end exclusive.
 *
 * @param start first char, inclusive
 * @param end   last char, exclusive
 * @param text  the slice
 */
public record Sentence(int start, int end, String text) {

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    public boolean contains(int spanStart, int spanEnd) {
        return start <= spanStart && spanEnd <= end;
    }
}
