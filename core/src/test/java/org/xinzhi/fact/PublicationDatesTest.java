package org.xinzhi.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.xinzhi.Document;
import org.xinzhi.Extraction;
import org.xinzhi.Extractor;
import org.xinzhi.model.MentionType;

class PublicationDatesTest {

    @Test
    void labelledHeaderDates() {
        assertThat(PublicationDates.find("官方电话\n新闻资讯\n\n标题\n\n发布时间:2023-07-10 13:42:24\n阅读量:394\n")).isEqualTo(LocalDate.of(2023, 7, 10));
        assertThat(PublicationDates.find("标题\n发布日期：2023年7月9日\n正文")).isEqualTo(LocalDate.of(2023, 7, 9));
        assertThat(PublicationDates.find("首页 >\n来源:上海经信委\n时间:2024-09-26 10:00:44\n热度:")).isEqualTo(LocalDate.of(2024, 9, 26));
    }

    @Test
    void aBareTimestampLineCountsButBodyDatesDoNot() {
        assertThat(PublicationDates.find("标题\n2023/07/10 13:42\n正文")).isEqualTo(LocalDate.of(2023, 7, 10));
        assertThat(PublicationDates.find("9月24日上午，上海首批产业集群发布。2019年8月，临港新片区揭牌。")).isNull();
        assertThat(PublicationDates.find("标题\n发布时间:2023-02-30\n")).isNull();
        assertThat(PublicationDates.find("")).isNull();
        assertThat(PublicationDates.find(null)).isNull();
        assertThat(PublicationDates.find("正文\n".repeat(40) + "发布时间:2023-07-10")).isNull();
    }

    @Test
    void theExtractorReadsTheHeaderWhenNoDateIsGiven() {
        Extractor x = Extractor.builder().build();
        String text = "新闻资讯\n\n发布时间:2023-07-10 13:42:24\n\n今年4月，能量奇点宣布完成近4亿元Pre-A轮融资。";
        Extraction found = x.extract(Document.of("d", text));
        assertThat(found.published()).isEqualTo(LocalDate.of(2023, 7, 10));
        Extraction given = x.extract(new Document("d", text, LocalDate.of(2020, 1, 1)));
        assertThat(given.published()).isEqualTo(LocalDate.of(2020, 1, 1));
    }

    @Test
    void endToEndTraditionalFactKeepsOriginalOffsetsAndCharacters() {
        Extractor x = Extractor.builder().build();
        String text = "發布時間:2023-07-10\n今年4月，騰訊控股實現營收281億元。";
        Extraction e = x.extract(Document.of("d", text));
        // Needs the ORG and MONEY recognizers; skipped where they are not built yet.
        assumeThat(e.mentions(MentionType.ORG)).isNotEmpty();
        assumeThat(e.mentions(MentionType.MONEY)).isNotEmpty();
        assertThat(e.published()).isEqualTo(LocalDate.of(2023, 7, 10));
        assertThat(e.facts()).singleElement().satisfies(f -> {
            assertThat(f.subject().text()).isEqualTo("騰訊控股");
            assertThat(text.substring(f.subject().start(), f.subject().end())).isEqualTo("騰訊控股");
            assertThat(f.value().text()).isEqualTo("281億元");
            assertThat(text.substring(f.value().start(), f.value().end())).isEqualTo("281億元");
            assertThat(f.predicate()).isEqualTo("營收");
            assertThat(f.time().text()).isEqualTo("今年4月");
            assertThat(text.substring(f.time().start(), f.time().end())).isEqualTo("今年4月");
            assertThat(f.time().from()).isEqualTo(LocalDate.of(2023, 4, 1));
            assertThat(f.sentenceStart()).isEqualTo(text.indexOf("今年"));
            assertThat(f.sentence()).isEqualTo("今年4月，騰訊控股實現營收281億元。");
        });
    }
}
