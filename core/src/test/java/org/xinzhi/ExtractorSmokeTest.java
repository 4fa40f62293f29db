package org.xinzhi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xinzhi.text.Script;

class ExtractorSmokeTest {
    @Test
    void traditionalTextKeepsOriginalOffsets() {
        Extractor x = Extractor.builder().build();
        String text = "臨港新片區管委會表示，今年產值增長。😀第二句";
        Extraction e = x.extract(Document.of("t", text));
        assertThat(e.script()).isEqualTo(Script.TRADITIONAL);
        assertThat(e.sentences()).hasSize(2);
        assertThat(e.sentences().get(1).text()).isEqualTo("😀第二句");
        assertThat(e.tokens()).allSatisfy(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
        assertThat(e.tokens().get(0).normalized()).startsWith("临港");
    }

    @Test
    void fastModeFindsTheSameMoneyAndASuffixedCompany() {
        Extractor fast = Extractor.builder().hanlpRoleTags(false).build();
        String text = "比亚迪股份有限公司去年营收6023亿元。";
        Extraction e = fast.extract(Document.of("f", text));
        assertThat(e.mentions()).extracting(m -> m.type() + ":" + m.text())
                .containsExactly("ORG:比亚迪股份有限公司", "MONEY:6023亿元");
        assertThat(e.mentions().get(1).value()).isEqualByComparingTo("602300000000");
        assertThat(e.facts()).singleElement().satisfies(f -> assertThat(f.predicate()).contains("营收"));
    }
}
