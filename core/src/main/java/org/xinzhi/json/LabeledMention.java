package org.xinzhi.json;

import java.math.BigDecimal;
import java.util.List;

/**
 * A mention line of a gold or prediction file, as far as evaluation needs it. Fields a line does
 * not have are null.
 *
 * @param type      ORG, PARK, MONEY, PERCENT, QUANTITY (or any other string a file uses)
 * @param start     first char, inclusive
 * @param end       last char, exclusive
 * @param text      the slice the line claims
 * @param value     the number, or null
 * @param valueMax  the upper bound of a range, or null
 * @param unit      the unit, or null
 * @param qualifier EXACT, APPROX, AT_LEAST, AT_MOST, RANGE, or null
 * @param sources   the sources of the reasons of the line's {@code evidence} (suffix, lexicon, ...), in
 *                  order without repeats; empty when the line has no evidence (gold files, extract
 *                  without {@code --explain})
 */
public record LabeledMention(String type, int start, int end, String text, BigDecimal value, BigDecimal valueMax,
                             String unit, String qualifier, List<String> sources) {

    public LabeledMention {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** A mention line without evidence. */
    public LabeledMention(String type, int start, int end, String text, BigDecimal value, BigDecimal valueMax,
                          String unit, String qualifier) {
        this(type, start, end, text, value, valueMax, unit, qualifier, List.of());
    }

    public boolean overlaps(LabeledMention other) {
        return start < other.end && other.start < end;
    }
}
