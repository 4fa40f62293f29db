package org.xinzhi.fact;

import org.xinzhi.model.TimeExpression;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeExpressionTest {

    @Test
    void yearOfResolvedOpenAndUnresolvedPeriods() {
        assertThat(new TimeExpression(0, 5, "2022年", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)).year()).isEqualTo(2022);
        assertThat(new TimeExpression(0, 11, "截至2024年3月底", null, LocalDate.of(2024, 3, 31)).year()).isEqualTo(2024);
        assertThat(new TimeExpression(0, 4, "未来三年", null, null).year()).isNull();
    }
}
