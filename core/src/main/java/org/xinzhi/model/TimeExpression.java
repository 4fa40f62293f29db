package org.xinzhi.model;

import java.time.LocalDate;

/**
 * A time expression of a sentence (2022年, 2024年1—8月, 今年4月, 截至2024年3月底) and the period it
 * resolves to, where it can be resolved (with the document's publication date for relative ones).
 *
 * @param start offset of the expression, inclusive (original text once returned by the extractor)
 * @param end   offset, exclusive
 * @param text  the expression as written
 * @param from  first day of the period it refers to, or null if unresolved
 * @param to    last day of the period (inclusive), or null if unresolved or open-ended
 */
public record TimeExpression(int start, int end, String text, LocalDate from, LocalDate to) {

    /** The year the period starts in, or null if unresolved. */
    public Integer year() {
        // Not a nested ?: — mixing int and null there unboxes null and throws.
        if (from != null) {
            return from.getYear();
        }
        if (to != null) {
            return to.getYear();
        }
        return null;
    }

    public TimeExpression withSpan(int newStart, int newEnd, String newText) {
        return new TimeExpression(newStart, newEnd, newText, from, to);
    }
}
