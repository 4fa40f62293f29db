package org.xinzhi.recognize;

import java.util.Arrays;

/**
 * Non-overlapping spans over the positions of a text. Spans are short (names, amounts), so each
 * test scans the positions of the span asked about in a flat array: no boxing, no tree.
 */
final class SpanSet {
    /** Per position: 1 + the start of the span covering it, 0 where free; grows with the spans added. */
    private int[] cover;

    SpanSet() {
        this(256);
    }

    /** A set for spans mostly within [0, length): the array is allocated once at that size. */
    SpanSet(int length) {
        cover = new int[Math.max(16, length)];
    }

    /** Whether [start, end) overlaps a span already in the set. */
    boolean overlaps(int start, int end) {
        return firstOverlapStart(start, end) >= 0;
    }

    /** Start of the first span overlapping [start, end), or -1. */
    int firstOverlapStart(int start, int end) {
        int to = Math.min(end, cover.length);
        for (int p = Math.max(0, start); p < to; p++) {
            if (cover[p] != 0) {
                // covering start: that span's start; further right: a span that starts at p
                return cover[p] - 1;
            }
        }
        return -1;
    }

    /** Adds [start, end) if it overlaps nothing; returns whether it was added. */
    boolean addIfFree(int start, int end) {
        if (overlaps(start, end)) {
            return false;
        }
        if (end > cover.length) {
            cover = Arrays.copyOf(cover, Math.max(end, cover.length * 2));
        }
        Arrays.fill(cover, Math.max(0, start), end, start + 1);
        return true;
    }
}
