package org.xinzhi.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinzhi.json.LabeledDocument;
import org.xinzhi.json.LabeledMention;

class SourceScoresTest {

    private static LabeledMention m(String type, int start, int end, String... sources) {
        return new LabeledMention(type, start, end, "x".repeat(end - start), null, null, null, null, List.of(sources));
    }

    private static final LabeledDocument GOLD = new LabeledDocument("d", List.of(
            m("ORG", 0, 4), m("ORG", 5, 9), m("ORG", 10, 12), m("PARK", 20, 25), m("MONEY", 30, 33)), List.of());

    private static final LabeledDocument PRED = new LabeledDocument("d", List.of(
            m("ORG", 0, 4, "suffix", "lexicon"),   // TP for both sources
            m("ORG", 5, 8, "suffix"),              // wrong right edge: FP
            m("ORG", 10, 12, "alias"),             // TP
            m("ORG", 13, 15),                      // no evidence: FP under (none)
            m("ORG", 0, 4, "lexicon"),             // the same span twice: one-to-one, so FP
            m("PARK", 20, 25, "suffix"),           // TP
            m("MONEY", 30, 33, "numeral")), List.of()); // not a name type: not counted

    @Test
    void countsEveryPredictionOnceForEachSourceThatProposedIt() {
        SourceScores s = SourceScores.score(List.of(GOLD), List.of(PRED));
        assertThat(s.evidence()).isTrue();
        assertThat(s.of("ORG")).containsOnlyKeys("suffix", "lexicon", "alias", SourceScores.NONE);
        assertThat(s.of("ORG").get("suffix")).isEqualTo(new Score(3, 2, 1));
        assertThat(s.of("ORG").get("lexicon")).isEqualTo(new Score(3, 2, 1));
        assertThat(s.of("ORG").get("alias")).isEqualTo(new Score(3, 1, 1));
        assertThat(s.of("ORG").get(SourceScores.NONE)).isEqualTo(new Score(3, 1, 0));
        assertThat(s.of("ORG").get("suffix").precision()).isEqualTo(0.5);
        assertThat(s.of("ORG").get("alias").recall()).isEqualTo(1 / 3.0);
        assertThat(s.of("PARK")).containsOnlyKeys("suffix");
        assertThat(s.of("PARK").get("suffix")).isEqualTo(new Score(1, 1, 1));
        String table = s.toTable();
        assertThat(table).contains("ORG   suffix              2      1      1 |   50.0   33.3");
        assertThat(table).contains("ORG   alias               1      1      0 |  100.0   33.3");
        assertThat(table).contains("PARK  suffix              1      1      0 |  100.0  100.0");
    }

    @Test
    void predictionsWithoutEvidenceAreNamedAsSuch() {
        LabeledDocument plain = new LabeledDocument("d", List.of(m("ORG", 0, 4), m("PARK", 20, 25)), List.of());
        SourceScores s = SourceScores.score(List.of(GOLD), List.of(plain));
        assertThat(s.evidence()).isFalse();
        assertThat(s.toTable()).contains("no evidence in predictions: run extract --explain");
        assertThat(s.of("ORG").get(SourceScores.NONE)).isEqualTo(new Score(3, 1, 1));
        assertThat(s.of("PARK").get(SourceScores.NONE)).isEqualTo(new Score(1, 1, 1));
    }

    @Test
    void aGoldDocumentWithoutPredictionCountsItsGoldOnly() {
        LabeledDocument other = new LabeledDocument("e", List.of(m("ORG", 0, 2)), List.of());
        SourceScores s = SourceScores.score(List.of(GOLD, other), List.of(PRED));
        assertThat(s.of("ORG").get("alias")).isEqualTo(new Score(4, 1, 1));
    }
}
