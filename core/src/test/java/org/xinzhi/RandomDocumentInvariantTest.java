package org.xinzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xinzhi.json.Json;
import org.xinzhi.model.Fact;
import org.xinzhi.model.Mention;
import org.xinzhi.model.TimeExpression;

/**
 * Seeded random documents made of news-like fragments, junk and broken characters: every result
 * keeps the invariants (offsets inside the text, text equals its slice, no overlapping mentions,
 * numeric values within the digit cap, time from <= to, JSON writable), and long runs of repeated
 * characters of each class complete (a hang, not a speed, is what this catches).
 */
class RandomDocumentInvariantTest {

    private static final String[] FRAGMENTS = {
        "华为技术有限公司", "苏州工业园区", "临港新片区", "营收", "同比增长", "达到", "3.5亿元", "两千三百零五", "三十几万",
        "12.5%", "千分之二", "3万至5万元", "2019年成立以来", "去年", "2024年1—8月", "截至2023年底", "，", "。", "、", "\n",
        "（以下简称“华为”）", "US$5亿", "一", "零", "〇", "亿", "万", "十", "点", "几", "多", "%", "‰", "-", "—", " ", "\u3000",
        "\u200B", "\u00A0", "\uFFFD", "\uD800", "\uDC00", "😀", "abc", "ABC公司", "1,000", "1e5", "40k", "有限公司", "园区", "集团",
        "股份有限公司", "《", "》", "“", "”", "(", ")", "----------", "%%%", "@@", "9".repeat(31), "一".repeat(31),
    };

    private static Extractor extractor;

    @BeforeAll
    static void build() {
        extractor = Extractor.builder().build();
    }

    static void assertInvariants(String text, Extraction e) throws Exception {
        int previousEnd = -1;
        for (Mention m : e.mentions()) {
            assertThat(m.start()).as("start in %s", m).isBetween(0, text.length());
            assertThat(m.end()).as("end in %s", m).isBetween(m.start() + 1, text.length());
            assertThat(text.substring(m.start(), m.end()).replaceAll("[\\uD800-\\uDFFF]", "\uFFFD"))
                    .isEqualTo(m.text().replaceAll("[\\uD800-\\uDFFF]", "\uFFFD"));
            assertThat(m.start()).as("overlap at %s", m).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = m.end();
            if (m.value() != null) {
                assertThat(m.value().precision() - m.value().scale()).as("digits of %s", m).isLessThanOrEqualTo(34);
                if (m.valueMax() != null) {
                    assertThat(m.valueMax().compareTo(m.value())).as("range of %s", m).isGreaterThanOrEqualTo(0);
                }
            }
        }
        for (Fact f : e.facts()) {
            TimeExpression t = f.time();
            if (t != null && t.from() != null && t.to() != null) {
                assertThat(t.from()).as("time of %s", f).isBeforeOrEqualTo(t.to());
            }
        }
        StringWriter w = new StringWriter();
        Json.write(e, w);
        assertThat(w.toString()).doesNotContain("\uD800", "\uDC00");
        assertThat(java.nio.charset.StandardCharsets.UTF_8.newEncoder().canEncode(w.toString())).isTrue();
    }

    static String randomDocument(Random rnd) {
        StringBuilder b = new StringBuilder();
        for (int k = 1 + rnd.nextInt(40); k > 0; k--) {
            if (rnd.nextInt(10) == 0) {
                b.append((char) rnd.nextInt(0x10000)); // any UTF-16 unit, surrogates included
            } else {
                b.append(FRAGMENTS[rnd.nextInt(FRAGMENTS.length)]);
            }
        }
        return b.toString();
    }

    @Test
    void seededRandomDocumentsKeepTheInvariants() throws Exception {
        Random rnd = new Random(20261202L);
        for (int i = 0; i < 200; i++) {
            String text = randomDocument(rnd);
            assertInvariants(text, extractor.extract(new Document("r" + i, text, java.time.LocalDate.of(2015, 6, 1))));
        }
    }

    @Test
    void longRunsOfRepeatedCharactersComplete() throws Exception {
        // punctuation, symbol, Latin, Chinese digit, Han, Arabic digit, magnitude, suffix char, space;
        // 10,000 through the whole extractor keeps the suite fast (the number parser and the alias
        // stage take 100,000 in NumeralLimitsTest and FormFinderTest; docs/reliability.md has 100,000 here)
        for (String c : new String[] {"%", "a", "一", "华", "。", "9", "亿", "园", " "}) {
            String text = c.repeat(10_000) + "股份有限公司营收3亿元";
            Extraction e = extractor.extract(Document.of("run", text));
            assertInvariants(text, e);
            assertThat(e.mentions()).as(c).allMatch(m -> m.end() - m.start() < 200);
        }
    }
}
