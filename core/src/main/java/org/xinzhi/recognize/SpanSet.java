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

    /** Start of the first span overlapping [start, end), or -1. */
    int firstOverlapStart(int start, int end) {
        Map.Entry<Integer, Integer> e = byStart.floorEntry(start);
        if (e != null && e.getValue() > start) {
            return e.getKey();
        }
        Integer next = byStart.ceilingKey(start);
        return next != null && next < end ? next : -1;
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
