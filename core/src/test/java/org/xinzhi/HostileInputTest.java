package org.xinzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xinzhi.model.Mention;
import org.xinzhi.model.MentionType;

/** Findings of the hostile-input probe (issue 15), each through the facade. */
class HostileInputTest {

    private static Extractor extractor;

    @BeforeAll
    static void build() {
        extractor = Extractor.builder().build();
    }

    private static List<Mention> mentions(String text) {
        return extractor.extract(Document.of("h", text)).mentions();
    }

    private static List<Mention> of(String text, MentionType type) {
        return mentions(text).stream().filter(m -> m.type() == type).toList();
    }

    @Test
    void aNameNeedsABodyOfLettersOrHanCharacters() {
        assertThat(of("----------有限公司成立", MentionType.ORG)).isEmpty();
        assertThat(of("%%%园区", MentionType.PARK)).isEmpty();
        assertThat(of("%".repeat(5_000) + "股份有限公司", MentionType.ORG)).isEmpty();
        assertThat(mentions("@@@@科技有限公司成立")).noneMatch(m -> m.text().contains("@"));
        // a real name right after symbols is still one
        assertThat(of("据悉，华为技术有限公司宣布", MentionType.ORG)).extracting(Mention::text).containsExactly("华为技术有限公司");
    }

    @Test
    void absurdRunsGiveNoMention() {
        assertThat(of("临港新片区营收一" + "〇".repeat(10_000) + "元", MentionType.MONEY)).isEmpty();
        assertThat(of("营收" + "一".repeat(31) + "元", MentionType.MONEY)).isEmpty();
        assertThat(of("营收" + "9".repeat(30) + "千元", MentionType.MONEY)).isEmpty();
        assertThat(of("营收3亿亿亿亿元", MentionType.MONEY)).isEmpty();
    }

    @Test
    void valuesAgreeWithTheirText() {
        Mention yi = of("营收3亿亿亿元", MentionType.MONEY).get(0);
        assertThat(yi.text()).isEqualTo("3亿亿亿元");
        assertThat(yi.value()).isEqualByComparingTo(new BigDecimal("3E24"));
        Mention wan = of("营收3万万万元", MentionType.MONEY).get(0);
        assertThat(wan.value()).isEqualByComparingTo(new BigDecimal("3E12"));
        Mention thirty = of("营收" + "一".repeat(30) + "元", MentionType.MONEY).get(0);
        assertThat(thirty.value()).isEqualByComparingTo(new BigDecimal("1".repeat(30)));
    }

    @Test
    void percentAndPermilleAreExact() {
        Mention p = of("利润增长12.34567890123456789%", MentionType.PERCENT).get(0);
        assertThat(p.value()).isEqualByComparingTo(new BigDecimal("0.1234567890123456789"));
        Mention pm = of("不良率为1.23456789012345678‰", MentionType.PERCENT).get(0);
        assertThat(pm.value()).isEqualByComparingTo(new BigDecimal("0.00123456789012345678"));
    }

    @Test
    void loneSurrogatesAreReplacedOnceSoJsonIsAlwaysWritable(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String text = "华为技术有限公司营\uD800收达到3亿元，利\uDC00润增长30%。";
        Extraction e = extractor.extract(Document.of("s", text));
        java.nio.file.Path out = dir.resolve("s.jsonl");
        org.xinzhi.json.Json.write(e, out); // strict UTF-8: threw MalformedInputException on a lone surrogate
        String json = java.nio.file.Files.readString(out);
        assertThat(json).doesNotContain("\uD800", "\uDC00");
        assertThat(e.mentions()).isNotEmpty();
        for (Mention m : e.mentions()) {
            assertThat(m.end() - m.start()).isEqualTo(m.text().length()); // offsets unchanged: same length
        }
        assertThat(org.xinzhi.text.TextNormalizer.withoutLoneSurrogates("a\uD83D\uDE00b\uD800")).isEqualTo("a\uD83D\uDE00b\uFFFD");
    }
}
