package org.xinzhi.recognize.name;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the sources of one document have proposed so far: candidate names, and spans no name may
 * overlap (a facility, event or document title word such as 工厂, 大会, 方案). Sources run in order
 * and each sees what the earlier ones proposed (a list source trusts items a suffix already named).
 * One per document; not thread-safe.
 */
public final class Proposals {
    private final List<NameCandidate> candidates = new ArrayList<>();
    private final List<int[]> blocked = new ArrayList<>();

    public void add(NameCandidate c) {
        candidates.add(c);
    }

    /** Marks [start, end) as a span no name may overlap. */
    public void block(int start, int end) {
        blocked.add(new int[] {start, end});
    }

    /** The candidates so far, in the order proposed (a read-only view). */
    public List<NameCandidate> candidates() {
        return Collections.unmodifiableList(candidates);
    }

    /** Drops the candidates {@code keep} refuses. */
    void retain(java.util.function.Predicate<NameCandidate> keep) {
        candidates.removeIf(keep.negate());
    }

    /** The blocked spans so far, each {start, end}. */
    public List<int[]> blocked() {
        return Collections.unmodifiableList(blocked);
    }
}
