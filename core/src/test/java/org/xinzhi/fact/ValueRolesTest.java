package org.xinzhi.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinzhi.fact.FactTestSupport.sentence;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.xinzhi.model.MentionType;

/** A person's age and a rank are not facts of the organization in the sentence. */
class ValueRolesTest {

    private static final LocalDate PUB = LocalDate.of(2021, 5, 20);

    @Test
    void aPersonsAgeIsNotTheCompanysFact() {
        assertThat(sentence("北辰重工董事长张明现年52岁。", PUB)
                .named(MentionType.ORG, "北辰重工")
                .number(MentionType.QUANTITY, "52岁", "52", "岁").lines())
                .isEmpty();
    }

    @Test
    void aRankIsNotACountOfTheCompany() {
        assertThat(sentence("蓝海物流位列全国物流企业前十名，拥有货车300辆。", PUB)
                .named(MentionType.ORG, "蓝海物流")
                .number(MentionType.QUANTITY, "十名", "10", "名")
                .number(MentionType.QUANTITY, "300辆", "300", "辆").lines())
                .containsExactly("蓝海物流|拥有货车|300辆|-");
    }
}
