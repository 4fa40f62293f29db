package org.xinzhi.recognize;

import java.util.Map;
import java.util.TreeMap;

/** Non-overlapping spans, with an O(log n) overlap test (spans kept by start). */
final class SpanSet {
    private final TreeMap<Integer, Integer> byStart = new TreeMap<>();

    /** Whether [start, end) overlaps a span already in the set. */
    boolean overlaps(int start, int end) {
        Map.Entry<Integer, Integer> before = byStart.floorEntry(end - 1);
        return before != null && before.getValue() > start;
    }

    /** Adds [start, end) if it overlaps nothing; returns whether it was added. */
    boolean addIfFree(int start, int end) {
        if (overlaps(start, end)) {
            return false;
        }
        byStart.put(start, end);
        return true;
    }
}
