package org.xinzhi.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinzhi.fact.FactTestSupport.sentence;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.xinzhi.model.MentionType;

/** Predicates are the measure words: no subject anaphor, connective or modal verb at their edges. */
class PredicateTrimTest {

    private static final LocalDate PUB = LocalDate.of(2021, 5, 20);

    @Test
    void anAnaphorOfTheSubjectIsNotPartOfThePredicate() {
        assertThat(sentence("据悉，星河电子公司计划总投资3亿元建设新厂。", PUB)
                .named(MentionType.ORG, "星河电子")
                .number(MentionType.MONEY, "3亿元", "300000000", "CNY").lines())
                .containsExactly("星河电子|计划总投资|3亿元|-");
    }

    @Test
    void connectivesAndNarrativeAdverbsAreDropped() {
        assertThat(sentence("蓝海物流的订单减少，但仍然实现利润增长10%。", PUB)
                .named(MentionType.ORG, "蓝海物流")
                .number(MentionType.PERCENT, "10%", "0.1", null).lines())
                .containsExactly("蓝海物流|利润增长|10%|-");
    }

    @Test
    void aModalVerbBeforeTheValueIsDropped() {
        assertThat(sentence("北辰重工新基地的建设周期需要两年。", PUB)
                .named(MentionType.ORG, "北辰重工")
                .number(MentionType.QUANTITY, "两年", "2", "年").lines())
                .containsExactly("北辰重工|新基地的建设周期|两年|-");
    }
}
