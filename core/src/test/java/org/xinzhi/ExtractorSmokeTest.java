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
}
