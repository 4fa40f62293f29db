package org.xinzhi.index;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads the dates of range queries on time_from/time_to, which are stored as epoch days: an ISO
 * date (2024-03-31), a month (2024-03, its first day) or a year (2024, its first day); a plain
 * epoch-day number is accepted with a leading '#'.
 */
final class EpochDayFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
        return to.append(LocalDate.ofEpochDay((long) number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
        return to.append(LocalDate.ofEpochDay(number));
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        String s = source.substring(pos.getIndex()).strip();
        Long day = read(s);
        if (day == null) {
            pos.setErrorIndex(pos.getIndex());
            return null;
        }
        pos.setIndex(source.length());
        return day;
    }

    static Long read(String s) {
        try {
            if (s.startsWith("#")) {
                return Long.parseLong(s.substring(1));
            }
            if (s.length() == 4) {
                return LocalDate.of(Integer.parseInt(s), 1, 1).toEpochDay();
            }
            if (s.length() == 7) {
                return LocalDate.parse(s + "-01").toEpochDay();
            }
            return LocalDate.parse(s).toEpochDay();
        } catch (NumberFormatException | DateTimeParseException notADate) {
            return null;
        }
    }
}
