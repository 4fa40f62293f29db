package org.xinzhi.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    /**
     * A converter whose phrases change length: 臨港區 (3 chars) becomes 临港 (2), 會 (1) becomes
     * 会议 (2). On 臨港區管委會 the total length stays 6, so only a phrase-wise map can be exact.
     */
    private static final ScriptConverter LENGTH_CHANGING = new ScriptConverter() {
        private final Map<String, String> table = Map.of("臨港區", "临港", "會", "会议");

        @Override
        public List<String> phrases(String text) {
            List<String> out = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                if (text.startsWith("臨港區", i)) {
                    out.add("臨港區");
                    i += 3;
                } else {
                    int n = Character.charCount(text.codePointAt(i));
                    out.add(text.substring(i, i + n));
                    i += n;
                }
            }
            return out;
        }

        @Override
        public String toSimplified(String phrase) {
            return table.getOrDefault(phrase, phrase);
        }
    };

    @Test
    void lengthChangingConversionMapsEverySpanBackExactly() {
        String original = "臨港區管委會😀２０２３年";
        NormalizedText t = new TextNormalizer(LENGTH_CHANGING).normalize(original);
        assertThat(t.normalized()).isEqualTo("临港管委会议😀2023年");
        assertThat(t.original()).isEqualTo(original);
        assertThat(t.offsets().isIdentity()).isFalse();
        // phrase by phrase: normalized span → original span
        assertThat(t.originalSlice(0, 2)).isEqualTo("臨港區");
        assertThat(t.originalSlice(2, 4)).isEqualTo("管委");
        assertThat(t.originalSlice(4, 6)).isEqualTo("會");
        assertThat(t.originalSlice(6, 8)).isEqualTo("😀");
        assertThat(t.originalSlice(8, 13)).isEqualTo("２０２３年");
        assertThat(t.originalSlice(0, 13)).isEqualTo(original);
        assertThat(t.originalSlice(3, 3)).isEmpty();
        // inside a changed phrase a part stands for the whole phrase
        assertThat(t.originalSlice(1, 2)).isEqualTo("臨港區");
        assertThat(t.originalSlice(5, 6)).isEqualTo("會");
        // every span of the normalized text maps to an ordered span that covers it
        int n = t.normalized().length();
        for (int s = 0; s <= n; s++) {
            for (int e = s; e <= n; e++) {
                int os = t.originalStart(s);
                int oe = t.originalEnd(e);
                if (s < e) {
                    assertThat(os).as("span %d-%d", s, e).isLessThan(oe);
                    assertThat(oe).isLessThanOrEqualTo(original.length());
                }
                assertThat(os).isBetween(0, original.length());
            }
        }
        // spans on phrase boundaries round-trip: normalizing the original slice gives the normalized slice
        int[] bounds = {0, 2, 3, 4, 6, 8, 9, 13};
        for (int a = 0; a < bounds.length; a++) {
            for (int b = a + 1; b < bounds.length; b++) {
                String slice = t.originalSlice(bounds[a], bounds[b]);
                assertThat(new TextNormalizer(LENGTH_CHANGING).normalize(slice).normalized())
                        .isEqualTo(t.normalized().substring(bounds[a], bounds[b]));
            }
        }
    }

    @Test
    void shrinkingAndGrowingPhrasesAreNotMistakenForIdentity() {
        NormalizedText t = new TextNormalizer(LENGTH_CHANGING).normalize("臨港區會");
        assertThat(t.normalized()).isEqualTo("临港会议");
        assertThat(t.originalSlice(2, 4)).isEqualTo("會");
        assertThat(t.originalSlice(0, 2)).isEqualTo("臨港區");
    }

    @Test
    void foldsFullWidthDigitsAndSeparatorsInPlace() {
        NormalizedText t = TextNormalizer.standard().normalize("營收１，２３４．５億元，增長３０％");
        assertThat(t.normalized()).isEqualTo("营收1,234.5亿元，增长30%");
        assertThat(t.offsets().isIdentity()).isTrue();
        assertThat(t.script()).isEqualTo(Script.TRADITIONAL);
        assertThat(t.originalSlice(2, 11)).isEqualTo("１，２３４．５億元");
    }

    @Test
    void emojiOutsideTheBmpKeepsOffsets() {
        String text = "臨港😀新片區🚗產值";
        NormalizedText t = TextNormalizer.standard().normalize(text);
        assertThat(t.normalized()).isEqualTo("临港😀新片区🚗产值");
        assertThat(t.originalSlice(4, 7)).isEqualTo("新片區");
        assertThat(t.originalSlice(2, 4)).isEqualTo("😀");
    }

    @Test
    void emptyAndNullText() {
        NormalizedText empty = TextNormalizer.standard().normalize("");
        assertThat(empty.normalized()).isEmpty();
        assertThat(empty.script()).isEqualTo(Script.UNKNOWN);
        assertThat(TextNormalizer.standard().normalize(" \n\u3000").normalized()).isEqualTo(" \n\u3000");
        assertThatThrownBy(() -> TextNormalizer.standard().normalize(null))
                .isInstanceOf(NullPointerException.class).hasMessage("text must not be null");
    }

    @Test
    void realOpenCcConversionOfALongTraditionalTextIsAligned() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            b.append("臨港新片區管委會表示，２０２３年產值增長３０％，營業收入達１２３億元。\n");
        }
        String text = b.toString();
        NormalizedText t = TextNormalizer.standard().normalize(text);
        assertThat(t.normalized()).startsWith("临港新片区管委会表示，2023年产值增长30%，营业收入达123亿元。");
        // every normalized char maps to the original char (or phrase) it came from
        for (int i = 0; i < t.normalized().length(); i++) {
            String slice = t.originalSlice(i, i + 1);
            assertThat(slice).isNotEmpty();
        }
        assertThat(t.originalSlice(0, t.normalized().length())).isEqualTo(text);
    }
}
