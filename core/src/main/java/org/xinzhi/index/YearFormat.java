package org.xinzhi.index;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Reads years in queries (year:2024, year:[2020 TO 2024]); the whole text must be the number, so
 * year:20x4 is an error rather than the year 20, which Java's integer format would make of it.
 */
final class YearFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
        return to.append((long) number);
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
        return to.append(number);
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        String s = source.substring(pos.getIndex()).strip();
        if (s.endsWith("年")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty() || s.length() > 9 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            pos.setErrorIndex(pos.getIndex());
            return null;
        }
        pos.setIndex(source.length());
        return Integer.parseInt(s);
    }
}
