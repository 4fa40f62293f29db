package org.xinzhi.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinzhi.json.LabeledDocument;
import org.xinzhi.json.LabeledFact;
import org.xinzhi.json.LabeledMention;

class EvaluatorTest {

    private static LabeledMention named(String type, int start, int end) {
        return new LabeledMention(type, start, end, "x".repeat(end - start), null, null, null, null);
    }

    private static LabeledMention num(String type, int start, int end, String value, String unit, String qualifier) {
        return new LabeledMention(type, start, end, "x".repeat(end - start), new BigDecimal(value), null, unit, qualifier);
    }

    @Test
    void scoresMentionsExactlyAndByOverlap() {
        LabeledDocument gold = new LabeledDocument("d", List.of(
                named("ORG", 0, 4), named("ORG", 10, 14), named("PARK", 20, 25),
                num("MONEY", 30, 36, "500000000000", "CNY", "AT_LEAST"),
                num("PERCENT", 40, 43, "0.30", null, "EXACT"),
                num("QUANTITY", 50, 54, "500000", "辆", "EXACT")), List.of());
        LabeledDocument pred = new LabeledDocument("d", List.of(
                named("ORG", 0, 4),            // exact
                named("ORG", 11, 14),          // partial only
                named("PARK", 20, 23),         // partial only
                named("ORG", 20, 25),          // wrong type: no match
                num("MONEY", 30, 36, "5E+11", "USD", "AT_LEAST"),  // exact, unit differs
                num("PERCENT", 40, 43, "0.3", "pp", "APPROX"),      // exact, qualifier differs; gold has no unit
                num("QUANTITY", 50, 54, "500000", "辆", "EXACT"),   // exact, all agree
                named("TIME", 60, 65)), List.of());                 // not scored
        DocumentScore s = Evaluator.score(gold, pred);
        assertThat(s.exact("ORG")).isEqualTo(new Score(2, 3, 1));
        assertThat(s.partial("ORG")).isEqualTo(new Score(2, 3, 2));
        assertThat(s.exact("PARK")).isEqualTo(new Score(1, 1, 0));
        assertThat(s.partial("PARK")).isEqualTo(new Score(1, 1, 1));
        assertThat(s.exactMicro()).isEqualTo(new Score(6, 7, 4));
        assertThat(s.exactMicro().precision()).isCloseTo(4 / 7.0, within(1e-12));
        assertThat(s.exactMicro().recall()).isCloseTo(4 / 6.0, within(1e-12));
        assertThat(s.exactMicro().f1()).isCloseTo(8 / 13.0, within(1e-12));
        assertThat(s.partialMicro()).isEqualTo(new Score(6, 7, 6));
        NumberAgreement n = s.numbersMicro();
        assertThat(n.value()).isEqualTo(new Agreement(3, 3));
        assertThat(n.unit()).isEqualTo(new Agreement(2, 1));
        assertThat(n.qualifier()).isEqualTo(new Agreement(3, 2));
        assertThat(n.all()).isEqualTo(new Agreement(3, 1));
    }

    @Test
    void matchesFactsOneToOnePreferringTheSameSentence() {
        List<LabeledFact> gold = List.of(
                new LabeledFact("临港", "产值", "100亿元", "2022年", 10),
                new LabeledFact("临港", "产值", "100亿元", null, 50),
                new LabeledFact("康明斯", "销售额", "281亿美元", "2022年", 90));
        List<LabeledFact> pred = List.of(
                new LabeledFact("临港", "规上工业产值", "100亿元", null, 50),
                new LabeledFact("临港", "产值", "100亿元", "2022年", 12),
                new LabeledFact("临港", "产值", "100亿元", null, 200),
                new LabeledFact("商汤", "融资", "281亿美元", null, 90));
        FactScore f = Evaluator.scoreFacts(gold, pred);
        assertThat(f.pairs()).isEqualTo(new Score(3, 4, 2));
        // gold@50 ↔ pred@50 (same sentence): predicate differs, lenient agrees, both times absent.
        // gold@10 ↔ pred@12 (nearest): all agree.
        assertThat(f.predicateExact()).isEqualTo(new Agreement(2, 1));
        assertThat(f.predicateLenient()).isEqualTo(new Agreement(2, 2));
        assertThat(f.time()).isEqualTo(new Agreement(2, 2));
    }

    @Test
    void missingPredictionsScoreAsEmptyAndEmptyAgainstEmptyIsPerfect() {
        LabeledDocument g1 = new LabeledDocument("a", List.of(named("ORG", 0, 2)), List.of());
        LabeledDocument g2 = new LabeledDocument("b", List.of(), List.of());
        LabeledDocument p2 = new LabeledDocument("b", List.of(), List.of());
        LabeledDocument p3 = new LabeledDocument("c", List.of(named("ORG", 0, 2)), List.of());
        Evaluation e = Evaluator.evaluate(List.of(g1, g2), List.of(p2, p3));
        assertThat(e.missingPredictions()).containsExactly("a");
        assertThat(e.unexpectedPredictions()).containsExactly("c");
        assertThat(e.overall().exactMicro()).isEqualTo(new Score(1, 0, 0));
        assertThat(e.overall().exactMicro().f1()).isZero();
        assertThat(e.documents().get(1).exactMicro().f1()).isEqualTo(1.0);
        assertThat(e.toJson()).contains("\"missing_predictions\" : [ \"a\" ]");
        assertThat(e.toTable()).contains("micro");
    }
}
