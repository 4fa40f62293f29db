package org.xinzhi.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.xinzhi.model.Fact;
import org.xinzhi.model.TimeExpression;
import org.xinzhi.model.Mention;
import org.xinzhi.model.MentionType;
import org.xinzhi.model.Qualifier;

class StoredFactTest {

    @Test
    void roundTripKeepsEveryPartOfTheFact() {
        String sentence = "截至2024年3月底，漕河泾开发区累计引进外资约3100亿元，增长3万至5万户。";
        Mention subject = Mention.named(MentionType.PARK, 110, 116, "漕河泾开发区", "漕河泾开发区", "漕河泾新兴技术开发区");
        Mention value = Mention.numeric(MentionType.QUANTITY, 140, 146, "3万至5万户", "3万至5万户",
                new BigDecimal("3.0E+4"), new BigDecimal("50000.00"), "户", Qualifier.RANGE);
        TimeExpression time = new TimeExpression(102, 111, "截至2024年3月底", null, LocalDate.of(2024, 3, 31));
        Fact f = new Fact("doc-7", subject, "增长", value, time, 100, 100 + sentence.length(), sentence);

        String json = StoredFact.toJson(f);
        assertThat(json).contains("\"value\":30000,", "\"value_max\":50000,", "\"time_to\":\"2024-03-31\"",
                "\"subject_canonical\":\"漕河泾新兴技术开发区\"", "\"qualifier\":\"RANGE\"").doesNotContain("E+", "time_from");
        Fact back = StoredFact.fromJson(json);
        assertThat(back.subject()).isEqualTo(subject);
        assertThat(back.value().value()).isEqualByComparingTo("30000");
        assertThat(back.value().valueMax()).isEqualByComparingTo("50000");
        assertThat(back.value().withSpan(0, 0, "")).usingRecursiveComparison().ignoringFields("value", "valueMax")
                .isEqualTo(value.withSpan(0, 0, ""));
        assertThat(back.time()).isEqualTo(time);
        assertThat(back.id()).isEqualTo(f.id());
        assertThat(back.sentence()).isEqualTo(sentence);
    }

    @Test
    void factWithoutTimeOrUnit() {
        Mention subject = Mention.named(MentionType.ORG, 0, 2, "商汤", "商汤", null);
        Mention value = Mention.numeric(MentionType.PERCENT, 5, 8, "30%", "30%", new BigDecimal("0.30"), null, null, Qualifier.EXACT);
        Fact f = new Fact("d", subject, "", value, null, 0, 9, "商汤毛利率30%。");
        String json = StoredFact.toJson(f);
        assertThat(json).contains("\"value\":0.3,", "\"subject_canonical\":\"商汤\"").doesNotContain("\"time\"", "\"unit\"");
        Fact back = StoredFact.fromJson(json);
        assertThat(back.time()).isNull();
        assertThat(back.value().unit()).isNull();
        assertThat(back.predicate()).isEmpty();
        assertThat(back.subject().name()).isEqualTo("商汤");
    }
}
