package org.xinzhi.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.xinzhi.model.Qualifier;

class NumberParserTest {

    private final NumberParser parser = NumberParser.standard();

    private BigDecimal value(String s) {
        ParsedNumber p = parser.parse(s);
        assertThat(p).as("parse of %s", s).isNotNull();
        return p.value();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "'1,000',1000", "'1,100万',11000000", "1.5亿,150000000", "3千万,30000000", "12万亿,12000000000000",
        "两千三百零五万,23050000", "3万4000,34000", "二十万亿,20000000000000", "两千三百零五,2305",
        "十二万,120000", "一百零一万一千,1011000", "五亿零六,500000006", "九百九,990", "一万三,13000",
        "廿五,25", "卅,30", "五百卅四,534", "壹佰贰拾叁,123", "肆佰陆拾,460", "十万柒仟捌佰伍拾肆,107854",
        "两,2", "兩千,2000", "一千二百三十四万亿五千六百亿,1234560000000000", "三万五千亿,3500000000000",
        "1千万亿,1000000000000000", "十五点七,15.7", "两千三点一,2300.1", "四百亿点零五零,40000000000.05",
        "零点五,0.5", "4.800,4.8", "负三十二,-32", "-10000,-10000", "三分之二,0.6666666666666667", "4/5,0.8",
        "百分之三十,0.3", "千分之2.4,0.0024", "40k,40000", "一百零十万,1100000", "零十,10"
    })
    void parsesExactValues(String text, String expected) {
        assertThat(value(text)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @Test
    void vagueFormsAreIntervals() {
        ParsedNumber p = parser.parse("三十几万");
        assertThat(p.qualifier()).isEqualTo(Qualifier.RANGE);
        assertThat(p.value()).isEqualByComparingTo("300000");
        assertThat(p.valueMax()).isEqualByComparingTo("400000");

        ParsedNumber more = parser.parse("二百余万");
        assertThat(more.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(more.value()).isEqualByComparingTo("2000000");
        assertThat(more.valueMax()).isNull();

        ParsedNumber some = parser.parse("几百");
        assertThat(some.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(some.value()).isEqualByComparingTo("100");

        ParsedNumber pair = parser.parse("三四十");
        assertThat(pair.qualifier()).isEqualTo(Qualifier.RANGE);
        assertThat(pair.value()).isEqualByComparingTo("30");
        assertThat(pair.valueMax()).isEqualByComparingTo("40");
    }

    @Test
    void findAllReportsSpans() {
        List<ParsedNumber> all = parser.findAll("营收3.5亿，增长百分之十二，员工两千三百零五人");
        assertThat(all).extracting(ParsedNumber::text).containsExactly("3.5亿", "百分之十二", "两千三百零五");
        assertThat(all.get(0).start()).isEqualTo(2);
        assertThat(all.get(0).end()).isEqualTo(6);
        assertThat(all.get(1).kind()).isEqualTo(ParsedNumber.Kind.PER_MILLE_OR_CENT);
    }

    @Test
    void unitWordsStartingWithNumeralsAreNotRead() {
        // 千瓦 is kilowatt and 兆瓦 megawatt: the numeral stops before them
        assertThat(parser.findAll("100万千瓦").get(0).text()).isEqualTo("100万");
        assertThat(parser.findAll("500兆瓦").get(0).text()).isEqualTo("500");
        assertThat(parser.findAll("千家万户")).isEmpty();
        assertThat(parser.findAll("零部件")).isEmpty();
        assertThat(parser.findAll("入伍")).isEmpty();
    }

    @Test
    void junkIsBoundedAndNeverThrows() {
        String run = "9".repeat(10_000);
        assertThatCode(() -> parser.findAll(run)).doesNotThrowAnyException();
        assertThat(parser.findAll(run)).isEmpty();
        assertThat(parser.findAll("亿亿亿亿")).isEmpty();
        assertThat(parser.findAll("百百百")).isEmpty();
        // a magnitude that would push the value past the cap makes the whole numeral absurd: nothing
        assertThat(parser.findAll("3亿亿亿亿亿亿")).isEmpty();
        for (String junk : List.of("1e999999", "2^99999", "点点点", "万万万万万万万万", "零零零零", "几几几", "分之分之",
                "1,,,,2", "..5", "-", "负", "三分之零", "0/0", "9".repeat(40) + "亿")) {
            assertThatCode(() -> parser.findAll(junk)).as(junk).doesNotThrowAnyException();
        }
        assertThat(parser.parse("0/0")).isNull();
    }

    // ---- property tests: a renderer writes numbers as Chinese numerals, the parser reads them back ----

    private static final String DIGITS = "零一二三四五六七八九";
    private static final String FORMAL = "零壹贰叁肆伍陆柒捌玖";

    /** Renders 0 <= n < 10^16 as a standard Chinese numeral (万, 亿, 万亿 groups, 零 for gaps). */
    static String render(long n, boolean formal) {
        if (n == 0) {
            return "零";
        }
        String digits = formal ? FORMAL : DIGITS;
        String[] small = formal ? new String[] {"", "拾", "佰", "仟"} : new String[] {"", "十", "百", "千"};
        long[] groups = {n / 1_0000_0000_0000L, n / 1_0000_0000L % 1_0000, n / 1_0000 % 1_0000, n % 1_0000};
        String[] big = {"万亿", "亿", "万", ""};
        StringBuilder sb = new StringBuilder();
        boolean pendingZero = false;
        for (int g = 0; g < 4; g++) {
            long v = groups[g];
            if (v == 0) {
                if (sb.length() > 0) {
                    pendingZero = true;
                }
                continue;
            }
            if (sb.length() > 0 && (pendingZero || v < 1000)) {
                sb.append('零');
            }
            pendingZero = false;
            boolean zero = false;
            boolean started = false;
            for (int pos = 3; pos >= 0; pos--) {
                int d = (int) (v / (long) Math.pow(10, pos) % 10);
                if (d == 0) {
                    zero = started;
                    continue;
                }
                if (zero) {
                    sb.append('零');
                    zero = false;
                }
                sb.append(digits.charAt(d)).append(small[pos]);
                started = true;
            }
            sb.append(big[g]);
        }
        String s = sb.toString();
        return !formal && s.startsWith("一十") ? s.substring(1) : s;
    }

    @Test
    void rendererMatchesKnownForms() {
        assertThat(render(10, false)).isEqualTo("十");
        assertThat(render(100_000, false)).isEqualTo("十万");
        assertThat(render(2305, false)).isEqualTo("二千三百零五");
        assertThat(render(1_0000_0005L, false)).isEqualTo("一亿零五");
        assertThat(render(1_0500, false)).isEqualTo("一万零五百");
        assertThat(render(20_0000_0000_0000L, false)).isEqualTo("二十万亿");
    }

    @Test
    void randomIntegersRoundTrip() {
        Random random = new Random(20240924L);
        for (int k = 0; k < 3000; k++) {
            long n = switch (k % 4) {
                case 0 -> random.nextInt(10_000);
                case 1 -> random.nextInt(100_000_000);
                case 2 -> Math.floorMod(random.nextLong(), 10_000_000_000_000_000L);
                default -> (long) random.nextInt(10_000) * (long) Math.pow(10, random.nextInt(12));
            };
            boolean formal = k % 5 == 0;
            String text = render(n, formal);
            ParsedNumber p = parser.parse(text);
            assertThat(p).as("%d rendered as %s", n, text).isNotNull();
            assertThat(p.value()).as("%d rendered as %s", n, text).isEqualByComparingTo(BigDecimal.valueOf(n));
        }
    }

    @Test
    void randomDecimalsRoundTrip() {
        Random random = new Random(7L);
        for (int k = 0; k < 2000; k++) {
            long whole = random.nextInt(1_000_000);
            int decimals = 1 + random.nextInt(4);
            int frac = random.nextInt((int) Math.pow(10, decimals));
            String fracDigits = String.format("%0" + decimals + "d", frac);
            BigDecimal expected = new BigDecimal(whole + "." + fracDigits);
            StringBuilder cn = new StringBuilder(render(whole, false)).append('点');
            for (char c : fracDigits.toCharArray()) {
                cn.append(DIGITS.charAt(c - '0'));
            }
            assertThat(parser.parse(cn.toString())).as(cn.toString()).isNotNull();
            assertThat(parser.parse(cn.toString()).value()).as(cn.toString()).isEqualByComparingTo(expected);
            // mixed form: Arabic decimal with a magnitude (1.5亿)
            String mixed = expected.toPlainString() + (k % 2 == 0 ? "万" : "亿");
            BigDecimal scaled = expected.movePointRight(k % 2 == 0 ? 4 : 8);
            assertThat(parser.parse(mixed).value()).as(mixed).isEqualByComparingTo(scaled);
        }
    }

    @Test
    void separatorsAndArabicRoundTrip() {
        Random random = new Random(11L);
        for (int k = 0; k < 1000; k++) {
            long n = Math.floorMod(random.nextLong(), 1_000_000_000_000L);
            String grouped = String.format(java.util.Locale.ROOT, "%,d", n);
            assertThat(parser.parse(grouped).value()).as(grouped).isEqualByComparingTo(BigDecimal.valueOf(n));
        }
    }
}
