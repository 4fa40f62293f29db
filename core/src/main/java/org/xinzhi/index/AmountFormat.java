package org.xinzhi.index;

import java.math.BigDecimal;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Reads the numbers of range queries on value fields: plain and exponent forms (1e10, 1.5E8),
 * separators (1,000,000), a percent sign (30% → 0.3, as PERCENT values are stored), and a Chinese
 * magnitude with an optional 元 (100亿, 100亿元, 5万, 1.2万亿, 億/萬 too), all as base units.
 * Used by Lucene's PointsConfig; a text it cannot read leaves the position at 0, which the parser
 * reports as an error.
 */
final class AmountFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;

    /** Longest first, so 万亿 wins over 亿. */
    private static final String[] MAGNITUDES = {"万亿", "萬億", "兆", "千万", "千萬", "亿", "億", "万", "萬", "千", "百"};
    private static final BigDecimal[] FACTORS = {
        new BigDecimal("1e12"), new BigDecimal("1e12"), new BigDecimal("1e12"), new BigDecimal("1e7"), new BigDecimal("1e7"),
        new BigDecimal("1e8"), new BigDecimal("1e8"), new BigDecimal("1e4"), new BigDecimal("1e4"),
        new BigDecimal("1e3"), new BigDecimal("1e2")};

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
        return to.append(BigDecimal.valueOf(number).toPlainString());
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
        return to.append(number);
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        BigDecimal value = read(source.substring(pos.getIndex()).strip());
        if (value == null) {
            pos.setErrorIndex(pos.getIndex());
            return null;
        }
        pos.setIndex(source.length());
        return value.doubleValue();
    }

    /** The number in base units, or null if the text is not one. */
    static BigDecimal read(String text) {
        String s = text;
        if (s.endsWith("元")) {
            s = s.substring(0, s.length() - 1);
        }
        BigDecimal factor = BigDecimal.ONE;
        if (s.endsWith("%") || s.endsWith("％")) {
            s = s.substring(0, s.length() - 1);
            factor = new BigDecimal("0.01");
        } else {
            for (int i = 0; i < MAGNITUDES.length; i++) {
                if (s.endsWith(MAGNITUDES[i])) {
                    s = s.substring(0, s.length() - MAGNITUDES[i].length());
                    factor = FACTORS[i];
                    break;
                }
            }
        }
        s = s.replace(",", "").strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(s).multiply(factor);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
