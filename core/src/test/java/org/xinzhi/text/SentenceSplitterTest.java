package org.xinzhi.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void splitsOnEndMarksAndLineBreaksKeepingAttributions() {
        String text = "  第一句。“引语。”李向聪表示。\n第二行！😀第三句？“独立引语。”\n\n";
        List<Sentence> s = SentenceSplitter.split(text);
        assertThat(s).extracting(Sentence::text)
                .containsExactly("第一句。", "“引语。”李向聪表示。", "第二行！", "😀第三句？", "“独立引语。”");
        for (Sentence x : s) {
            assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text());
        }
    }

    @Test
    void emptyAndBlankTextHaveNoSentences() {
        assertThat(SentenceSplitter.split("")).isEmpty();
        assertThat(SentenceSplitter.split(" \n\t\u3000\n")).isEmpty();
    }
}
