package org.xinzhi.number;

import java.math.BigDecimal;
import java.util.Objects;
import org.xinzhi.model.Qualifier;

/**
 * A numeral found in a text: its exact value and where it is.
 *
 * <p>Vague numerals are intervals: 三十几万 is RANGE [300000, 400000), 二百余万 is AT_LEAST 2000000
 * (no upper bound), 三四十 is RANGE [30, 40]. Qualifier words around the numeral (约, 以上) are not
 * part of a ParsedNumber; see {@link QualifierWords}.
 *
 * @param start     first char, inclusive
 * @param end       last char, exclusive
 * @param text      the slice [start, end)
 * @param value     the value (lower bound of an interval)
 * @param valueMax  the upper bound of a RANGE, or null
 * @param qualifier EXACT, AT_LEAST (余, 多, 几百) or RANGE (几, 三四十)
 * @param kind      plain number, fraction (三分之二, 4/5) or per-hundred/thousand (百分之三十)
 * @param hasDigit  true if a digit is written (3千, 三千); false for bare scale words (千亿, 百)
 * @param scaled    true if a magnitude word (万, 亿, 兆, k) multiplies the number
 * @param arabic    true if the numeral is Arabic digits only (no Chinese numeral characters)
 */
public record ParsedNumber(int start, int end, String text, BigDecimal value, BigDecimal valueMax,
                           Qualifier qualifier, Kind kind, boolean hasDigit, boolean scaled, boolean arabic) {

    /** What shape of numeral this is. */
    public enum Kind {
        /** An integer or decimal. */
        NUMBER,
        /** A fraction: 三分之二, 4/5, 3又一千分之23. */
        FRACTION,
        /** A share per hundred, thousand or ten thousand: 百分之三十, 千分之二; value is already the fraction. */
        PER_MILLE_OR_CENT
    }

    public ParsedNumber {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(kind, "kind");
    }

    public int length() {
        return end - start;
    }
}
