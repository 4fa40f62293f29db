package org.xinzhi.recognize.name;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which scored candidates become mentions: the set of non-overlapping candidates with the
 * largest total log-odds, among those the scorer believes (probability above the threshold) and that
 * run over no blocked span (a facility or title word). Of two types for one span, the likelier is
 * the only one considered. Every loser gets its reason: below the threshold, a likelier type, a
 * blocked word, or the winner it overlaps.
 */
final class NameResolver {

    /** A candidate group and its probability. */
    record Scored(NameFeatures.Group group, double p) {
        int start() {
            return group.start();
        }

        int end() {
            return group.end();
        }

        double weight() {
            double w = Math.log(p / (1 - p));
            return LENGTH_BONUS == 0 ? w : w + LENGTH_BONUS * (end() - start());
        }
    }

    /** The winners in text order, and each loser with why it lost. */
    record Result(List<Scored> kept, List<Loser> rejected) {
    }

    record Loser(Scored candidate, String reason) {
    }

    private NameResolver() {
    }

    /** Experimental: a per-char bonus that favours longer spans (0 = plain total log-odds). */
    static final double LENGTH_BONUS = Double.parseDouble(System.getProperty("xinzhi.lengthBonus", "0"));

    static Result resolve(List<Scored> all, List<int[]> blocked, int length, double threshold) {
        boolean[] block = new boolean[length + 1];
        for (int[] b : blocked) {
            for (int i = b[0]; i < b[1] && i < length; i++) {
                block[i] = true;
            }
        }
        List<Loser> rejected = new ArrayList<>();
        Map<Long, Scored> bySpan = new HashMap<>();
        for (Scored s : all) {
            long k = ((long) s.start() << 32) | s.end();
            Scored old = bySpan.get(k);
            if (old == null || s.p() > old.p()) {
                if (old != null) {
                    rejected.add(new Loser(old, String.format(java.util.Locale.ROOT, "%s is likelier for this span (%.2f)",
                            s.group().type(), s.p())));
                }
                bySpan.put(k, s);
            } else {
                rejected.add(new Loser(s, String.format(java.util.Locale.ROOT, "%s is likelier for this span (%.2f)",
                        old.group().type(), old.p())));
            }
        }
        List<Scored> pool = new ArrayList<>();
        for (Scored s : bySpan.values()) {
            if (s.p() <= threshold) {
                rejected.add(new Loser(s, String.format(java.util.Locale.ROOT, "score %.2f at or below %.2f", s.p(), threshold)));
            } else if (overBlocked(block, s)) {
                rejected.add(new Loser(s, "runs over a facility or title word"));
            } else {
                pool.add(s);
            }
        }
        // weighted interval scheduling: by end, then start, so the order (and ties) are fixed
        pool.sort(Comparator.comparingInt(Scored::end).thenComparingInt(Scored::start).thenComparing(s -> s.group().type()));
        int n = pool.size();
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            ends[i] = pool.get(i).end();
        }
        double[] best = new double[n + 1];
        boolean[] take = new boolean[n];
        int[] prevOf = new int[n];
        for (int i = 0; i < n; i++) {
            Scored s = pool.get(i);
            int p = lastEndingBy(ends, i, s.start()); // index of the last pool item ending <= start, or -1
            prevOf[i] = p;
            double with = s.weight() + best[p + 1];
            if (with > best[i]) {
                best[i + 1] = with;
                take[i] = true;
            } else {
                best[i + 1] = best[i];
            }
        }
        List<Scored> kept = new ArrayList<>();
        boolean[] chosen = new boolean[n];
        for (int i = n - 1; i >= 0; ) {
            if (take[i]) {
                kept.add(pool.get(i));
                chosen[i] = true;
                i = prevOf[i];
            } else {
                i--;
            }
        }
        kept.sort(Comparator.comparingInt(Scored::start));
        for (int i = 0; i < n; i++) {
            if (!chosen[i]) {
                Scored s = pool.get(i);
                Scored winner = overlapping(kept, s);
                rejected.add(new Loser(s, winner == null ? "a better set of names covers this span"
                        : String.format(java.util.Locale.ROOT, "overlaps %s [%d,%d) (%.2f)", winner.group().type(), winner.start(),
                        winner.end(), winner.p())));
            }
        }
        rejected.sort(Comparator.comparingInt((Loser l) -> l.candidate().start()).thenComparingInt(l -> l.candidate().end()));
        return new Result(kept, rejected);
    }

    private static boolean overBlocked(boolean[] block, Scored s) {
        for (int i = s.start(); i < s.end(); i++) {
            if (block[i]) {
                return true;
            }
        }
        return false;
    }

    /** The largest index j < i with ends[j] <= start, or -1 (ends are sorted). */
    private static int lastEndingBy(int[] ends, int i, int start) {
        int lo = 0;
        int hi = i - 1;
        int ans = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= start) {
                ans = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return ans;
    }

    /** The likeliest kept candidate overlapping s (kept: sorted by start, not overlapping), or null. */
    private static Scored overlapping(List<Scored> kept, Scored s) {
        int lo = 0;
        int hi = kept.size();
        while (lo < hi) { // first kept ending after s starts
            int mid = (lo + hi) >>> 1;
            if (kept.get(mid).end() <= s.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Scored best = null;
        for (int i = lo; i < kept.size() && kept.get(i).start() < s.end(); i++) {
            if (best == null || kept.get(i).p() > best.p()) {
                best = kept.get(i);
            }
        }
        return best;
    }
}
