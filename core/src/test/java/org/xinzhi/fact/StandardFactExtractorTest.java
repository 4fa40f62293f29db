package org.xinzhi.fact;

import org.xinzhi.model.Fact;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xinzhi.Document;
import org.xinzhi.Extractor;
import org.xinzhi.lexicon.LexiconSet;
import org.xinzhi.model.Mention;
import org.xinzhi.model.MentionType;
import org.xinzhi.model.Qualifier;
import org.xinzhi.segment.AnalyzedText;

/**
 * The fact rules on constructed sentences, with constructed mentions (the recognizers are tested on
 * their own): the text is analyzed for real (normalization, sentences, HanLP tokens), the mentions
 * are placed on it by the test.
 */
class StandardFactExtractorTest {

    private static Extractor extractor;
    private static FactExtractor facts;

    @BeforeAll
    static void build() {
        LexiconSet lexicons = LexiconSet.builder().addBuiltIn().build();
        extractor = Extractor.builder().lexiconSet(lexicons).build();
        facts = FactExtractor.standard(lexicons);
    }

    /** Places mentions on the normalized text, left to right. */
    private static final class Mentions {
        private final String text;
        private final List<Mention> list = new ArrayList<>();
        private int cursor;

        Mentions(AnalyzedText a) {
            this.text = a.normalized();
        }

        Mentions named(MentionType type, String surface) {
            int at = find(surface);
            list.add(Mention.named(type, at, at + surface.length(), surface, surface, surface));
            return this;
        }

        Mentions number(MentionType type, String surface, String value, String unit) {
            int at = find(surface);
            list.add(Mention.numeric(type, at, at + surface.length(), surface, surface, new BigDecimal(value), null, unit,
                    Qualifier.EXACT));
            return this;
        }

        private int find(String surface) {
            int at = text.indexOf(surface, cursor);
            if (at < 0) {
                throw new IllegalArgumentException(surface + " not found after " + cursor + " in " + text);
            }
            cursor = at + surface.length();
            return at;
        }
    }

    private static AnalyzedText analyze(String text, LocalDate published) {
        return extractor.analyze(new Document("t", text, published));
    }

    @Test
    void subjectPredicateValueAndTimeOfEachValue() {
        AnalyzedText a = analyze("过去的2022年，康明斯实现销售额281亿美元，净利润22亿美元。", null);
        List<Fact> found = facts.extract(a, new Mentions(a).named(MentionType.ORG, "康明斯")
                .number(MentionType.MONEY, "281亿美元", "28100000000", "USD")
                .number(MentionType.MONEY, "22亿美元", "2200000000", "USD").list);
        assertThat(found).hasSize(2);
        Fact sales = found.get(0);
        assertThat(sales.subject().text()).isEqualTo("康明斯");
        assertThat(sales.value().text()).isEqualTo("281亿美元");
        assertThat(sales.predicate()).isEqualTo("销售额");
        assertThat(sales.time().text()).isEqualTo("2022年");
        assertThat(sales.time().from()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(sales.time().to()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(sales.sentenceStart()).isZero();
        Fact profit = found.get(1);
        assertThat(profit.subject().text()).isEqualTo("康明斯");
        assertThat(profit.predicate()).isEqualTo("净利润");
        assertThat(profit.time().text()).isEqualTo("2022年");
    }

    @Test
    void relativeMonthResolvesAgainstThePublicationDate() {
        AnalyzedText a = analyze("今年4月，能量奇点宣布完成近4亿元Pre-A轮融资。", LocalDate.of(2023, 7, 10));
        List<Fact> found = facts.extract(a, new Mentions(a).named(MentionType.ORG, "能量奇点")
                .number(MentionType.MONEY, "近4亿元", "400000000", "CNY").list);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.subject().text()).isEqualTo("能量奇点");
            assertThat(f.predicate()).isEqualTo("Pre-A轮融资");
            assertThat(f.time().text()).isEqualTo("今年4月");
            assertThat(f.time().from()).isEqualTo(LocalDate.of(2023, 4, 1));
            assertThat(f.time().to()).isEqualTo(LocalDate.of(2023, 4, 30));
        });
    }

    @Test
    void monthRangeAsOfDateLastYearAndFirstHalf() {
        LocalDate published = LocalDate.of(2024, 9, 26);
        AnalyzedText a = analyze("2024年1—8月，临港新片区规上工业总产值1768.4亿元。截至2024年3月底，漕河泾开发区计划总投资337.9亿元。"
                + "去年，商汤科技营收34亿元。上半年，滴水湖AI创新港产值增长5%。", published);
        List<Fact> found = facts.extract(a, new Mentions(a)
                .named(MentionType.PARK, "临港新片区").number(MentionType.MONEY, "1768.4亿元", "176840000000", "CNY")
                .named(MentionType.PARK, "漕河泾开发区").number(MentionType.MONEY, "337.9亿元", "33790000000", "CNY")
                .named(MentionType.ORG, "商汤科技").number(MentionType.MONEY, "34亿元", "3400000000", "CNY")
                .named(MentionType.PARK, "滴水湖AI创新港").number(MentionType.PERCENT, "5%", "0.05", null).list);
        assertThat(found).hasSize(4);
        assertThat(found.get(0).time().text()).isEqualTo("2024年1—8月");
        assertThat(found.get(0).time().from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(found.get(0).time().to()).isEqualTo(LocalDate.of(2024, 8, 31));
        assertThat(found.get(0).predicate()).isEqualTo("规上工业总产值");
        assertThat(found.get(1).time().text()).isEqualTo("截至2024年3月底");
        assertThat(found.get(1).time().from()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(found.get(1).time().to()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(found.get(1).predicate()).isEqualTo("计划总投资");
        assertThat(found.get(2).time().text()).isEqualTo("去年");
        assertThat(found.get(2).time().from()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(found.get(2).time().to()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(found.get(2).predicate()).isEqualTo("营收");
        assertThat(found.get(3).time().text()).isEqualTo("上半年");
        assertThat(found.get(3).time().from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(found.get(3).time().to()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(found.get(3).predicate()).isEqualTo("产值增长");
    }

    @Test
    void timeComesOnlyFromTheSameSentence() {
        AnalyzedText a = analyze("2023年，园区发展很快。临港新片区产值增长30%。", null);
        List<Fact> found = facts.extract(a, new Mentions(a).named(MentionType.PARK, "临港新片区")
                .number(MentionType.PERCENT, "30%", "0.3", null).list);
        assertThat(found).singleElement().satisfies(f -> assertThat(f.time()).isNull());
    }

    @Test
    void aDataSourceIsNotASubject() {
        AnalyzedText a = analyze("市发展改革委数据显示，截至2024年3月底，8个园区在建项目50个、计划总投资1351.4亿元。", null);
        List<Fact> found = facts.extract(a, new Mentions(a).named(MentionType.ORG, "市发展改革委")
                .number(MentionType.QUANTITY, "8个", "8", "个").number(MentionType.QUANTITY, "50个", "50", "个")
                .number(MentionType.MONEY, "1351.4亿元", "135140000000", "CNY").list);
        assertThat(found).isEmpty();
    }

    @Test
    void aSpeakersAffiliationAndAnUnresolvedAnaphorAreNotSubjects() {
        AnalyzedText a = analyze("临港新片区党工委副书记吴晓华表示，该区规上工业总产值增长30%。", null);
        List<Fact> found = facts.extract(a, new Mentions(a).named(MentionType.ORG, "临港新片区党工委")
                .number(MentionType.PERCENT, "30%", "0.3", null).list);
        assertThat(found).isEmpty();

        AnalyzedText b = analyze("园区已安装生产线22条；今年又吸引了京东方艺云、欢创科技等一批项目，力争新引进项目不少于30个。", null);
        List<Fact> none = facts.extract(b, new Mentions(b).number(MentionType.QUANTITY, "22条", "22", "条")
                .named(MentionType.ORG, "京东方艺云").named(MentionType.ORG, "欢创科技")
                .number(MentionType.QUANTITY, "不少于30个", "30", "个").list);
        assertThat(none).isEmpty();
    }

    @Test
    void aDistrictOpeningTheClauseBlocksTheCarriedSubject() {
        AnalyzedText a = analyze("目前，“模速空间”大模型重点企业已超200家，全区已备案大模型达23个。", null);
        List<Fact> found = facts.extract(a, new Mentions(a).named(MentionType.PARK, "模速空间")
                .number(MentionType.QUANTITY, "超200家", "200", "家").number(MentionType.QUANTITY, "23个", "23", "个").list);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.subject().text()).isEqualTo("模速空间");
            assertThat(f.value().text()).isEqualTo("超200家");
            assertThat(f.time().text()).isEqualTo("目前");
        });
    }

    @Test
    void anAgeIsAFactButAFramingDurationIsNot() {
        AnalyzedText a = analyze("创立已逾100年的康明斯正快速发展新能源业务。3年之后，特斯拉继续选择临港。", null);
        List<Fact> found = facts.extract(a, new Mentions(a).number(MentionType.QUANTITY, "逾100年", "100", "年")
                .named(MentionType.ORG, "康明斯").number(MentionType.QUANTITY, "3年", "3", "年")
                .named(MentionType.ORG, "特斯拉").named(MentionType.PARK, "临港").list);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.subject().text()).isEqualTo("康明斯");
            assertThat(f.value().text()).isEqualTo("逾100年");
            assertThat(f.predicate()).isEqualTo("创立");
        });
    }

    @Test
    void aMeasureOfAProductAndAGlossInBracketsAreNotFacts() {
        AnalyzedText a = analyze("康明斯联合陕汽共同开发了31吨氢燃料电池渣土车产品。商汤科技算力达到5000 PetaFLOPS(1 PetaFLOPS等于每秒1千万亿次浮点运算)。", null);
        List<Fact> found = facts.extract(a, new Mentions(a).named(MentionType.ORG, "康明斯").named(MentionType.ORG, "陕汽")
                .number(MentionType.QUANTITY, "31吨", "31", "吨").named(MentionType.ORG, "商汤科技")
                .number(MentionType.QUANTITY, "5000 PetaFLOPS", "5000", "PetaFLOPS")
                .number(MentionType.QUANTITY, "1 PetaFLOPS", "1", "PetaFLOPS").list);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.subject().text()).isEqualTo("商汤科技");
            assertThat(f.value().text()).isEqualTo("5000 PetaFLOPS");
            assertThat(f.predicate()).isEqualTo("算力");
        });
    }

    @Test
    void aValueBeforeNameAndDeBelongsToThatName() {
        AnalyzedText a = analyze("4月，青岛市集成电路产业园集中签约总投资6亿元的合肥贝斯兰项目和总投资9亿元的科新微电子项目。", null);
        List<Fact> found = facts.extract(a, new Mentions(a).named(MentionType.PARK, "青岛市集成电路产业园")
                .number(MentionType.MONEY, "6亿元", "600000000", "CNY").named(MentionType.ORG, "合肥贝斯兰")
                .number(MentionType.MONEY, "9亿元", "900000000", "CNY").named(MentionType.ORG, "科新微电子").list);
        assertThat(found).extracting(f -> f.subject().text() + "=" + f.value().text() + "/" + f.predicate())
                .containsExactly("合肥贝斯兰=6亿元/总投资", "科新微电子=9亿元/总投资");
        assertThat(found).allSatisfy(f -> assertThat(f.time().text()).isEqualTo("4月"));
    }

    @Test
    void aTraditionalSentenceGivesTheSameFactInItsOwnCharacters() {
        AnalyzedText a = analyze("2022年，康明斯實現銷售額281億美元。", null);
        assertThat(a.normalized()).isEqualTo("2022年，康明斯实现销售额281亿美元。");
        List<Fact> found = facts.extract(a, new Mentions(a).named(MentionType.ORG, "康明斯")
                .number(MentionType.MONEY, "281亿美元", "28100000000", "USD").list);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.predicate()).isEqualTo("銷售額");
            assertThat(f.time().text()).isEqualTo("2022年");
            assertThat(f.time().year()).isEqualTo(2022);
        });
    }

    @Test
    void noMentionsNoFactsAndEmptyText() {
        AnalyzedText a = analyze("", null);
        assertThat(facts.extract(a, List.of())).isEmpty();
        AnalyzedText b = analyze("临港新片区发展很快。", null);
        assertThat(facts.extract(b, new Mentions(b).named(MentionType.PARK, "临港新片区").list)).isEmpty();
    }

    @Test
    void aComparisonBaselineIsNotTheTimeAndARunningTotalKeepsASnapshot() {
        AnalyzedText a = analyze("今年一季度，中关村科技园区总收入2.3万亿元，较去年同期增长8.1%。截至2023年底，合肥高新区累计引进项目超过300个。",
                LocalDate.of(2024, 5, 20));
        List<Fact> found = facts.extract(a, new Mentions(a).named(MentionType.PARK, "中关村科技园区")
                .number(MentionType.MONEY, "2.3万亿元", "2300000000000", "CNY").number(MentionType.PERCENT, "8.1%", "0.081", null)
                .named(MentionType.PARK, "合肥高新区").number(MentionType.QUANTITY, "超过300个", "300", "个").list);
        assertThat(found).extracting(f -> f.value().text() + "@" + f.time().text())
                .containsExactly("2.3万亿元@今年一季度", "8.1%@今年一季度", "超过300个@截至2023年底");
        assertThat(found.get(1).time().to()).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    void anEnormousSentenceIsReadInWindowsAndFactsKeepTheirSentence() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            sb.append("临港新片区产值增长30%，");
        }
        String text = sb.append("完。").toString();
        AnalyzedText a = analyze(text, null);
        Mentions ms = new Mentions(a);
        for (int i = 0; i < 300; i++) {
            ms.named(MentionType.PARK, "临港新片区").number(MentionType.PERCENT, "30%", "0.3", null);
        }
        List<Fact> found = facts.extract(a, ms.list);
        assertThat(text.length()).isGreaterThan(StandardFactExtractor.MAX_WINDOW);
        assertThat(found).hasSize(300).allSatisfy(f -> {
            assertThat(f.subject().text()).isEqualTo("临港新片区");
            assertThat(f.sentenceStart()).isZero();
            assertThat(f.sentenceEnd()).isEqualTo(text.length());
        });
        assertThat(found).extracting(f -> f.value().start()).doesNotHaveDuplicates();
    }
}
