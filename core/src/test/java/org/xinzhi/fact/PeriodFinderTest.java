package org.xinzhi.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinzhi.fact.FactTestSupport.assertPeriod;
import static org.xinzhi.fact.FactTestSupport.sentence;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinzhi.model.Fact;
import org.xinzhi.model.MentionType;
import org.xinzhi.model.TimeExpression;

/** Fiscal and report years, year ranges, relative months and weeks, close words. */
class PeriodFinderTest {

    private static final LocalDate PUB = LocalDate.of(2021, 5, 20);

    private static void period(String text, String expected, String from, String to) {
        List<TimeExpression> found = TimeFinder.find(text, 0, text.length(), PUB);
        assertThat(found).as(text).hasSize(1);
        TimeExpression t = found.get(0);
        assertThat(t.text()).as(text).isEqualTo(expected);
        assertThat(t.from()).as(text + " from").isEqualTo(from == null ? null : LocalDate.parse(from));
        assertThat(t.to()).as(text + " to").isEqualTo(to == null ? null : LocalDate.parse(to));
    }

    @Test
    void fiscalAndReportYears() {
        period("该集团2020/21财政年度营收", "2020/21财政年度", "2020-04-01", "2021-03-31");
        period("公司2018/19年度亏损", "2018/19年度", "2018-04-01", "2019-03-31");
        period("见2018/19 年报", "2018/19", "2018-04-01", "2019-03-31");
        period("某公司2020财年收入", "2020财年", "2020-01-01", "2020-12-31");
        period("2019年度利润", "2019年度", "2019-01-01", "2019-12-31");
        period("本年度预算", "本年度", "2021-01-01", "2021-12-31");
        period("上个年度收入", "上个年度", "2020-01-01", "2020-12-31");
        period("首三季营收", "首三季", "2021-01-01", "2021-09-30");
    }

    @Test
    void rangesRelativeMonthsAndCloseWords() {
        period("2009至2012年间转账", "2009至2012年间", "2009-01-01", "2012-12-31");
        period("上个月18日宣布", "上个月18日", "2021-04-18", "2021-04-18");
        period("上月公布", "上月", "2021-04-01", "2021-04-30");
        period("上周宣布", "上周", "2021-05-10", "2021-05-16");
        period("截至去年底止", "截至去年底止", "2020-12-31", "2020-12-31");
        period("未来3年内", "未来3年内", "2021-05-20", "2024-05-20");
        period("现时售价", "现时", "2021-05-20", "2021-05-20");
        period("当晚股价", "当晚", null, null);
        // a close word that starts another word is not taken
        period("2019年间接持有", "2019年", "2019-01-01", "2019-12-31");
    }

    @Test
    void aFiscalYearIsTheFactsTimeAndLeavesThePredicate() {
        List<Fact> found = sentence("星河电子2020/21财政年度营业收入为5亿元。", PUB)
                .named(MentionType.ORG, "星河电子")
                .number(MentionType.MONEY, "5亿元", "500000000", "CNY").facts();
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(FactTestSupport.line(f)).isEqualTo("星河电子|营业收入|5亿元|2020/21财政年度");
            assertPeriod(f, "2020-04-01", "2021-03-31");
        });
    }
}
