package org.xinzhi.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The digit cap and the run rules: a value always equals what its text says, or there is no numeral. */
class NumeralLimitsTest {

    private final NumberParser parser = NumberParser.standard();

    @Test
    void digitsWrittenOneByOneUpToTheCapAreExactAndOneMoreIsNothing() {
        ParsedNumber thirty = parser.parse("一".repeat(30));
        assertThat(thirty).isNotNull();
        assertThat(thirty.value()).isEqualByComparingTo(new BigDecimal("1".repeat(30)));
        // 31 digits: not a number with a digit dropped, and no tail of the run either
        assertThat(parser.findAll("一".repeat(31))).isEmpty();
        assertThat(parser.findAll("营收一" + "〇".repeat(10_000) + "元")).isEmpty();
        assertThat(parser.findAll("零".repeat(40))).isEmpty();
    }

    @Test
    void adjacentMagnitudesMultiply() {
        assertThat(parser.parse("3亿亿亿").value()).isEqualByComparingTo(new BigDecimal("3E24"));
        assertThat(parser.parse("3万万万").value()).isEqualByComparingTo(new BigDecimal("3E12"));
        assertThat(parser.parse("3亿亿").value()).isEqualByComparingTo(new BigDecimal("3E16"));
        assertThat(parser.parse("二十万亿").value()).isEqualByComparingTo(new BigDecimal("2E13"));
        // a magnitude after further digits still adds a group
        assertThat(parser.parse("一万亿五千亿").value()).isEqualByComparingTo(new BigDecimal("1.5E12"));
        assertThat(parser.parse("五亿一万").value()).isEqualByComparingTo(new BigDecimal("500010000"));
    }

    @Test
    void theThirtyDigitCapHoldsForEveryWayOfScaling() {
        assertThat(parser.findAll("9".repeat(30) + "千")).isEmpty();
        assertThat(parser.findAll("9".repeat(30) + "万")).isEmpty();
        assertThat(parser.parse("1e30")).isNull();
        assertThat(parser.findAll("9".repeat(28) + "k")).isEmpty();
        assertThat(parser.findAll("3亿亿亿亿")).isEmpty();
        ParsedNumber atCap = parser.parse("9".repeat(27) + "千");
        assertThat(atCap.value()).isEqualByComparingTo(new BigDecimal("9".repeat(27) + "000"));
        assertThat(parser.parse("1e29").value()).isEqualByComparingTo(new BigDecimal("1E29"));
    }

    @Test
    void longRunsOfEveryNumeralCharacterAreScannedOnce() {
        // each of these used to be rescanned from every position (copying the digits each time)
        for (String c : new String[] {"一", "零", "〇", "两", "十", "百", "万", "亿", "点", "几", "多", "9", "9,", "1.", "一 "}) {
            String run = c.repeat(100_000 / c.length());
            for (ParsedNumber p : parser.findAll(run)) {
                assertThat(p.end() - p.start()).as(c).isLessThan(100);
                assertThat(p.value().precision() - p.value().scale()).as(c).isLessThanOrEqualTo(NumeralScanner.MAX_INTEGER_DIGITS);
            }
        }
    }
}
