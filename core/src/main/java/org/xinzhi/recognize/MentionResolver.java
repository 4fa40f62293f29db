package org.xinzhi.recognize;

import org.xinzhi.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Overlap resolution: the gold rule is "no overlapping mentions: take the longest span". Among
 * overlapping candidates the longer one wins; at equal length the earlier one, then the one found
 * by the earlier recognizer (list order). One sort, then an overlap test per candidate over its own
 * positions against the spans already kept.
 */
public final class MentionResolver {
    private MentionResolver() {
    }

    public static List<Mention> resolve(List<Mention> candidates) {
        List<Mention> byPriority = new ArrayList<>(candidates);
        // stable sort keeps recognizer order for ties
        byPriority.sort(Comparator.comparingInt(Mention::length).reversed().thenComparingInt(Mention::start));
        int extent = 0;
        for (Mention m : byPriority) {
            extent = Math.max(extent, m.end());
        }
        SpanSet taken = new SpanSet(extent);
        List<Mention> kept = new ArrayList<>();
        for (Mention m : byPriority) {
            if (m.length() == 0) {
                continue;
            }
            if (taken.addIfFree(m.start(), m.end())) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }
}
