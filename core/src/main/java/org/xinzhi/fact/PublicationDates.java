package org.xinzhi.fact;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads a publication date from the header of a news page: a labelled date near the top
 * ({@code 发布时间:2023-07-10 13:42:24}, {@code 发布日期：2023年7月10日}, {@code 时间:2024-09-26}) or,
 * failing that, a bare timestamp line ({@code 2023-07-10 13:42}). Dates in the body (9月24日上午)
 * are never taken: only the first {@value #HEADER_LINES} lines and {@value #HEADER_CHARS} chars are read.
 */
public final class PublicationDates {

    static final int HEADER_LINES = 20;
    static final int HEADER_CHARS = 1000;
    private static final String[] LABELS = {"发布时间", "发布日期", "发表时间", "发表日期", "发稿时间", "更新时间",
        "出版日期", "时间", "日期"};

    private PublicationDates() {
    }

    /**
     * The publication date in the header of a (normalized, simplified) text, or null.
     *
     * @param text the normalized text; null or empty gives null
     */
    public static LocalDate find(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        int limit = Math.min(text.length(), HEADER_CHARS);
        LocalDate bare = null;
        int lineStart = 0;
        for (int line = 0; line < HEADER_LINES && lineStart < limit; line++) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > limit) {
                lineEnd = limit;
            }
            LocalDate labelled = labelled(text, lineStart, lineEnd);
            if (labelled != null) {
                return labelled;
            }
            if (bare == null) {
                bare = timestamp(text, lineStart, lineEnd);
            }
            lineStart = lineEnd + 1;
        }
        return bare;
    }

    /** A date right after a label and an optional colon. */
    private static LocalDate labelled(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            for (String label : LABELS) {
                if (s.startsWith(label, i)) {
                    int p = i + label.length();
                    while (p < to && (s.charAt(p) == ':' || s.charAt(p) == '：' || Character.isWhitespace(s.charAt(p))
                            || s.charAt(p) == '\u3000')) {
                        p++;
                    }
                    LocalDate d = dateAt(s, p, to);
                    if (d != null) {
                        return d;
                    }
                }
            }
        }
        return null;
    }

    /** A line whose first date is followed by a clock time (2023-07-10 13:42). */
    private static LocalDate timestamp(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isDigit(s.charAt(i)) && (i == from || !isDigit(s.charAt(i - 1)))) {
                int[] end = new int[1];
                LocalDate d = dateAt(s, i, to, end);
                if (d != null) {
                    int p = end[0];
                    while (p < to && Character.isWhitespace(s.charAt(p))) {
                        p++;
                    }
                    if (p + 4 < to + 1 && p + 2 < to && isDigit(s.charAt(p)) && (s.charAt(p + 1) == ':' || s.charAt(p + 2) == ':')) {
                        return d;
                    }
                }
            }
        }
        return null;
    }

    private static LocalDate dateAt(String s, int i, int to) {
        return dateAt(s, i, to, new int[1]);
    }

    /** 2023-07-10, 2023/7/10, 2023.07.10, 2023年7月10日; end[0] receives the offset after it. */
    private static LocalDate dateAt(String s, int i, int to, int[] end) {
        int[] y = digits(s, i, to, 4, 4);
        if (y == null || y[1] >= to) {
            return null;
        }
        char sep = s.charAt(y[1]);
        boolean chinese = sep == '年';
        if (!chinese && sep != '-' && sep != '/' && sep != '.') {
            return null;
        }
        int[] m = digits(s, y[1] + 1, to, 1, 2);
        if (m == null || m[1] >= to) {
            return null;
        }
        char sep2 = s.charAt(m[1]);
        if (chinese ? sep2 != '月' : sep2 != sep) {
            return null;
        }
        int[] d = digits(s, m[1] + 1, to, 1, 2);
        if (d == null) {
            return null;
        }
        int stop = d[1];
        if (chinese) {
            if (stop >= to || (s.charAt(stop) != '日' && s.charAt(stop) != '号')) {
                return null;
            }
            stop++;
        }
        try {
            LocalDate date = LocalDate.of(y[0], m[0], d[0]);
            if (y[0] < 1900 || y[0] > 2200) {
                return null;
            }
            end[0] = stop;
            return date;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int[] digits(String s, int i, int to, int min, int max) {
        int p = i;
        int v = 0;
        while (p < to && p - i < max && isDigit(s.charAt(p))) {
            v = v * 10 + (s.charAt(p) - '0');
            p++;
        }
        if (p - i < min || (p < to && isDigit(s.charAt(p)))) {
            return null;
        }
        return new int[] {v, p};
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
