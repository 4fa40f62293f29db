package org.xinzhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xinzhi.segment.Token;
import org.xinzhi.text.Script;
import org.xinzhi.text.Sentence;

/** The text layer seen through the facade: every offset refers to the original text. */
class ExtractorTextTest {

    private static Extractor extractor;

    @BeforeAll
    static void build() {
        extractor = Extractor.builder().build();
    }

    private static void assertExactOffsets(String text, Extraction e) {
        for (Sentence s : e.sentences()) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        int previousEnd = 0;
        for (Token t : e.tokens()) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            assertThat(t.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(Character.isLowSurrogate(text.charAt(t.start()))).as("token starts inside a surrogate pair").isFalse();
            previousEnd = t.end();
        }
    }

    @Test
    void traditionalTextTokensAndSentencesMapBackExactly() {
        String text = "臨港新片區管委會表示，今年產值增長。\n上海臨港科技創業中心連續十四年獲評優秀孵化器！";
        Extraction e = extractor.extract(Document.of("t", text));
        assertThat(e.script()).isEqualTo(Script.TRADITIONAL);
        assertThat(e.sentences()).extracting(Sentence::text)
                .containsExactly("臨港新片區管委會表示，今年產值增長。", "上海臨港科技創業中心連續十四年獲評優秀孵化器！");
        assertExactOffsets(text, e);
        String joined = String.join("", e.tokens().stream().map(Token::text).toList());
        assertThat(joined).isEqualTo(text.replace("\n", ""));
        assertThat(e.tokens()).anySatisfy(t -> assertThat(t.normalized()).isEqualTo("临港"));
    }

    @Test
    void fullWidthDigitsKeepTheirOriginalCharacters() {
        String text = "該公司２０２３年營收１，２３４．５億元，增長３０％。";
        Extraction e = extractor.extract(Document.of("fw", text));
        assertExactOffsets(text, e);
        assertThat(e.tokens()).anySatisfy(t -> {
            assertThat(t.text()).contains("２０２３");
            assertThat(t.normalized()).contains("2023");
        });
    }

    @Test
    void emojiOutsideTheBmpNeverSplitAndOffsetsStayExact() {
        String text = "🚀临港新片区😀产值增长30%👍🏻。第二句🇨🇳结束";
        Extraction e = extractor.extract(Document.of("emoji", text));
        assertExactOffsets(text, e);
        assertThat(e.sentences()).extracting(Sentence::text).containsExactly("🚀临港新片区😀产值增长30%👍🏻。", "第二句🇨🇳结束");
        for (Token t : e.tokens()) {
            assertThat(t.end() == text.length() || !Character.isLowSurrogate(text.charAt(t.end()))).isTrue();
        }
    }

    @Test
    void emptyAndWhitespaceOnlyTextGiveAnEmptyExtraction() {
        for (String text : List.of("", " ", "\n\n", " \t\u3000\r\n ")) {
            Extraction e = extractor.extract(Document.of("blank", text));
            assertThat(e.sentences()).isEmpty();
            assertThat(e.tokens()).isEmpty();
            assertThat(e.mentions()).isEmpty();
            assertThat(e.facts()).isEmpty();
            assertThat(e.docId()).isEqualTo("blank");
            assertThat(e.script()).isEqualTo(Script.UNKNOWN);
        }
    }

    @Test
    void nullTextIsAClearError() {
        assertThatThrownBy(() -> extractor.extract((String) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("document text must not be null");
        assertThatThrownBy(() -> extractor.extract((Document) null))
                .isInstanceOf(NullPointerException.class).hasMessage("document");
        assertThatThrownBy(() -> Document.of(null, "x"))
                .isInstanceOf(NullPointerException.class).hasMessage("document id must not be null");
    }

    @Test
    void aFiveMegabyteDocumentIsSegmentedInBoundedChunks() {
        // About 5 MB of UTF-8 (1.7 million chars) in ONE "sentence" without end mark: the
        // segmenter must cut it into bounded chunks itself.
        String unit = "临港新片区集成电路产业规模增长，人工智能企业超过百家、";
        StringBuilder b = new StringBuilder(1_800_000);
        while (b.length() < 1_700_000) {
            b.append(unit);
        }
        String text = b.toString();
        Extraction e = extractor.extract(Document.of("big", text));
        assertThat(e.sentences()).hasSize(1);
        assertThat(e.sentences().get(0).end()).isEqualTo(text.length());
        List<Token> tokens = e.tokens();
        assertThat(tokens.get(0).start()).isZero();
        assertThat(tokens.get(tokens.size() - 1).end()).isEqualTo(text.length());
        assertThat(tokens).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(50));
    }
}
