package org.xinzhi.bench;

import java.util.Arrays;

/** Small statistics helpers: medians and nearest-rank percentiles. */
final class Stats {
    private Stats() {
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** Nearest-rank percentile (p in 0..100) of sorted values. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static String rate(double perSecond) {
        if (Double.isNaN(perSecond)) {
            return "n/a";
        }
        if (perSecond >= 10_000_000) {
            return String.format("%.1f M", perSecond / 1e6);
        }
        if (perSecond >= 1_000_000) {
            return String.format("%.2f M", perSecond / 1e6);
        }
        return String.format("%.0f k", perSecond / 1e3);
    }
}
