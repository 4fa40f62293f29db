package org.xinzhi.recognize;

import org.xinzhi.model.Mention;
import org.xinzhi.lexicon.LexiconSet;
import org.xinzhi.recognize.name.NameRecognizer;
import org.xinzhi.model.MentionType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xinzhi.Document;
import org.xinzhi.Extractor;

/**
 * Recall on news the rules were not written from: general suffixes (交易所, 法院, 经开区), ambiguous listed
 * short names with local evidence, HanLP organization tags with loose heads, names joined by 和.
 * Sentences written for this test (simplified and traditional); each is a document of its own.
 */
class NameRecallTest {

    private static Extractor x;

    @BeforeAll
    static void build() {
        x = Extractor.builder().build();
    }

    private static List<Mention> names(String text) {
        return x.extract(Document.of("r", text)).mentions().stream().filter(m -> m.type().isNamed()).toList();
    }

    @Test
    void placePlusParkSuffixShortForms() {
        assertThat(names("深圳高新区今年前三季度规上工业总产值突破万亿元。"))
                .extracting(Mention::type, Mention::start, Mention::end, Mention::text)
                .containsExactly(tuple(MentionType.PARK, 0, 5, "深圳高新区"));
        assertThat(names("多家企业落户合肥经开区，总投资超过百亿元。"))
                .extracting(Mention::type, Mention::start, Mention::end, Mention::text)
                .containsExactly(tuple(MentionType.PARK, 6, 11, "合肥经开区"));
    }

    @Test
    void exchangesAreOrganizations() {
        assertThat(names("香港交易所周五公布，上半年新股集资额同比增长。"))
                .extracting(Mention::type, Mention::start, Mention::end, Mention::text)
                .containsExactly(tuple(MentionType.ORG, 0, 5, "香港交易所"));
        assertThat(names("深圳证券交易所发布公告称，相关股票将于明日复牌。"))
                .extracting(Mention::type, Mention::start, Mention::end, Mention::text)
                .containsExactly(tuple(MentionType.ORG, 0, 7, "深圳证券交易所"));
        assertThat(names("上海期货交易所近日调整了部分合约的保证金比例。"))
                .extracting(Mention::type, Mention::start, Mention::end, Mention::text)
                .containsExactly(tuple(MentionType.ORG, 0, 7, "上海期货交易所"));
        assertThat(names("臺灣證券交易所今日公告，三家公司將於下週掛牌。"))
                .extracting(Mention::type, Mention::start, Mention::end, Mention::text, Mention::canonical)
                .containsExactly(tuple(MentionType.ORG, 0, 7, "臺灣證券交易所", "台湾证券交易所"));
    }

    @Test
    void courtsProsecutorsAndPress() {
        assertThat(names("北京市第一中级人民法院昨日公开审理此案。"))
                .extracting(Mention::type, Mention::start, Mention::end, Mention::text)
                .containsExactly(tuple(MentionType.ORG, 0, 11, "北京市第一中级人民法院"));
        assertThat(names("广州市人民检察院依法对犯罪嫌疑人提起公诉。"))
                .extracting(Mention::type, Mention::start, Mention::end, Mention::text)
                .containsExactly(tuple(MentionType.ORG, 0, 8, "广州市人民检察院"));
        assertThat(names("记者从北京青年报社获悉，相关活动将于下月启动。"))
                .extracting(Mention::type, Mention::start, Mention::end, Mention::text)
                .containsExactly(tuple(MentionType.ORG, 3, 9, "北京青年报社"));
    }

    @Test
    void ambiguousTaiwanShortNamesWithLocalEvidence() {
        // written in traditional characters, three characters: the listed company
        assertThat(names("台積電昨日公布第三季財報，營收創下新高。"))
                .extracting(Mention::type, Mention::start, Mention::end, Mention::text, Mention::canonical)
                .containsExactly(tuple(MentionType.ORG, 0, 3, "台積電", "台湾积体电路制造股份有限公司"));
        // two characters, followed by a company word
        assertThat(names("鴻海今日宣布，將在高雄設立電動車新廠。"))
                .extracting(Mention::type, Mention::start, Mention::end, Mention::text)
                .containsExactly(tuple(MentionType.ORG, 0, 2, "鴻海"));
        assertThat(names("分析師指出，聯發科第三季出貨量優於預期。"))
                .extracting(Mention::type, Mention::start, Mention::end, Mention::text)
                .containsExactly(tuple(MentionType.ORG, 6, 9, "聯發科"));
    }

    @Test
    void ambiguousShortNamesWithoutEvidenceStayOut() {
        assertThat(names("他认为精密制造是关键，生物医药也很重要。")).isEmpty();
        // a company word after it, but the short name is read as an adverb here
        assertThat(names("新产品顺利发布，市场反响良好。")).isEmpty();
    }

    @Test
    void taggedOrganizationsWithLooseHeads() {
        assertThat(names("新华社北京10月5日电，国家统计局今天发布数据。"))
                .extracting(Mention::type, Mention::start, Mention::end, Mention::text)
                .containsExactly(tuple(MentionType.ORG, 0, 3, "新华社"), tuple(MentionType.ORG, 12, 17, "国家统计局"));
        assertThat(names("三党领袖昨日在国会会面。")).extracting(Mention::text).doesNotContain("三党");
        assertThat(names("各行各业都在百业千行中寻找机会。")).isEmpty();
    }

    @Test
    void aPlaceAfterAndStartsANameOfItsOwn() {
        // the second name is proposed on its own; the joined span is an alternative the scorer weighs
        assertThat(NameRecognizer.builder(LexiconSet.builtIn()).build()
                .candidates(x.analyze(Document.of("r", "浙江卫视和湖南电视台联合举办跨年晚会。"))))
                .extracting(NameRecognizer.ScoredCandidate::type, NameRecognizer.ScoredCandidate::start,
                        NameRecognizer.ScoredCandidate::end)
                .contains(tuple(MentionType.ORG, 5, 10));
    }

    @Test
    void shortNameAfterAVerb() {
        assertThat(names("市场人士认为，比亚迪股价近期波动较大。"))
                .extracting(Mention::type, Mention::start, Mention::end, Mention::text)
                .containsExactly(tuple(MentionType.ORG, 7, 10, "比亚迪"));
    }

    @Test
    void companiesHanLPKnowsByNameWhenTheyStandAlone() {
        assertThat(names("記者從英特爾獲悉，新晶片將於明年量產。"))
                .extracting(Mention::type, Mention::start, Mention::end, Mention::text)
                .containsExactly(tuple(MentionType.ORG, 3, 6, "英特爾"));
        // a company word used as a modifier or a common noun is no name
        assertThat(names("现代科技改变了人们的生活方式。")).isEmpty();
        assertThat(names("越来越多的创业者选择回乡。")).isEmpty();
    }

    @Test
    void taggedBodiesWithLooseHeads() {
        assertThat(NameRecognizer.builder(LexiconSet.builtIn()).build()
                .candidates(x.analyze(Document.of("r", "伊朗议会昨日通过了新年度预算。"))))
                .extracting(NameRecognizer.ScoredCandidate::type, NameRecognizer.ScoredCandidate::start,
                        NameRecognizer.ScoredCandidate::end, NameRecognizer.ScoredCandidate::text)
                .contains(tuple(MentionType.ORG, 0, 4, "伊朗议会"));
    }
}
