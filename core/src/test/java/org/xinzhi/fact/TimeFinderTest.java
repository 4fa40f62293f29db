package org.xinzhi.fact;

import org.xinzhi.model.TimeExpression;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeFinderTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2023, 7, 10);

    private static TimeExpression only(String text, LocalDate published) {
        List<TimeExpression> found = TimeFinder.find(text, 0, text.length(), published);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    private static void period(String text, String expected, String from, String to) {
        TimeExpression t = only(text, PUBLISHED);
        assertThat(t.text()).as(text).isEqualTo(expected);
        assertThat(t.from()).as(text + " from").isEqualTo(from == null ? null : LocalDate.parse(from));
        assertThat(t.to()).as(text + " to").isEqualTo(to == null ? null : LocalDate.parse(to));
    }

    @Test
    void absoluteForms() {
        period("2022年，康明斯", "2022年", "2022-01-01", "2022-12-31");
        period("上述项目将于2023年底投产", "2023年底", "2023-12-01", "2023-12-31");
        period("2024年1—8月，该区", "2024年1—8月", "2024-01-01", "2024-08-31");
        period("2024年1-8月", "2024年1-8月", "2024-01-01", "2024-08-31");
        period("2019年8月，揭牌", "2019年8月", "2019-08-01", "2019-08-31");
        period("2024年上半年", "2024年上半年", "2024-01-01", "2024-06-30");
        period("2023年一季度", "2023年一季度", "2023-01-01", "2023-03-31");
        period("2023年前三季度", "2023年前三季度", "2023-01-01", "2023-09-30");
        period("2023年第三季营收", "2023年第三季", "2023-07-01", "2023-09-30");
        period("临港新片区2019年成立以来，产值", "2019年成立以来", "2019-01-01", "2023-07-10");
    }

    @Test
    void leadWords() {
        period("截至2024年3月底，8个园区", "截至2024年3月底", "2024-03-31", "2024-03-31");
        period("截至目前已累计", "截至目前", "2023-07-10", "2023-07-10");
        period("到2025年产业规模达", "到2025年", "2025-01-01", "2025-12-31");
    }

    @Test
    void relativeForms() {
        period("今年4月，特斯拉", "今年4月", "2023-04-01", "2023-04-30");
        period("去年，商汤", "去年", "2022-01-01", "2022-12-31");
        period("上半年，园区", "上半年", "2023-01-01", "2023-06-30");
        period("今年第三季营收为7596.9亿元", "今年第三季", "2023-07-01", "2023-09-30");
        period("第二季营收", "第二季", "2023-04-01", "2023-06-30");
        period("4月，青岛市", "4月", "2023-04-01", "2023-04-30");
        period("4月29日上午", "4月29日", "2023-04-29", "2023-04-29");
        period("目前，模速空间", "目前", "2023-07-10", "2023-07-10");
        period("在未来三年，临港", "未来三年", "2023-07-10", "2026-07-10");
        period("5年多来，临港", "5年多来", "2018-07-10", "2023-07-10");
        period("满产后，可具备", "满产后", null, null);
        period("运营首年聚集", "运营首年", null, null);
    }

    @Test
    void withoutAPublicationDateRelativeTimesStayUnresolved() {
        TimeExpression t = only("今年4月，特斯拉", null);
        assertThat(t.text()).isEqualTo("今年4月");
        assertThat(t.from()).isNull();
        assertThat(t.year()).isNull();
    }

    @Test
    void notTimes() {
        String text = "GPT-3模型使用了超过1750亿个参数，12个月，第二十四届，3年之后，2024半导体年会，种植三季稻";
        assertThat(TimeFinder.find(text, 0, text.length(), PUBLISHED)).isEmpty();
    }

    @Test
    void aPeriodNeverEndsBeforeItStarts() {
        // 2019年成立以来 in an article published in 2015: it starts in 2019 and is open-ended
        TimeExpression t = only("该公司2019年成立以来", LocalDate.of(2015, 6, 1));
        assertThat(t.text()).isEqualTo("2019年成立以来");
        assertThat(t.from()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(t.to()).isNull();
        TimeExpression later = only("该公司2019年成立以来", LocalDate.of(2024, 3, 15));
        assertThat(later.to()).isEqualTo(LocalDate.of(2024, 3, 15));
    }
}
