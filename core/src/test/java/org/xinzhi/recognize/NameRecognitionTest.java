package org.xinzhi.recognize;

import org.xinzhi.model.Evidence;
import org.xinzhi.model.Mention;
import org.xinzhi.lexicon.LexiconSet;
import org.xinzhi.recognize.name.NameRecognizer;
import org.xinzhi.model.MentionType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinzhi.Document;
import org.xinzhi.Extraction;
import org.xinzhi.Extractor;

/** ORG and PARK recognition through the public API. */
class NameRecognitionTest {

    private static Extractor standard;

    @BeforeAll
    static void build() {
        standard = Extractor.builder().build();
    }

    private static List<NameRecognizer.ScoredCandidate> candidates(String text) {
        return NameRecognizer.builder(LexiconSet.builtIn()).build().candidates(standard.analyze(Document.of("c", text)));
    }

    private static List<Mention> names(Extractor x, String text) {
        return x.extract(Document.of("t", text)).mentions().stream().filter(m -> m.type().isNamed()).toList();
    }

    @Test
    void userLexiconAddsAnOrganizationAndAPark(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mine.tsv"), """
                # user lexicon
                星河数智\tORG\t星河数智科技股份有限公司
                云栖湾\tPARK\t云栖湾数字经济产业园
                """, StandardCharsets.UTF_8);
        Extractor x = Extractor.builder().lexicons(dir).build();
        String text = "星河数智宣布将总部迁入云栖湾。";
        assertThat(names(x, text))
                .extracting(Mention::type, Mention::start, Mention::end, Mention::text, Mention::canonical)
                .containsExactly(
                        tuple(MentionType.ORG, 0, 4, "星河数智", "星河数智科技股份有限公司"),
                        tuple(MentionType.PARK, 11, 14, "云栖湾", "云栖湾数字经济产业园"));
        // without the user lexicon neither is known
        assertThat(names(standard, text)).extracting(Mention::text).doesNotContain("星河数智", "云栖湾");
    }

    @Test
    void twoExtractorsWithDifferentLexiconsRunSideBySide(@TempDir Path dir) throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.writeString(a.resolve("a.tsv"), "青禾数据\tORG\t青禾数据有限公司\n", StandardCharsets.UTF_8);
        Files.writeString(b.resolve("b.tsv"), "青禾数据\tPARK\t青禾数据港\n", StandardCharsets.UTF_8);
        Extractor xa = Extractor.builder().lexicons(a).build();
        Extractor xb = Extractor.builder().lexicons(b).build();
        String text = "今年青禾数据再次扩大规模。";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Mention>>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                Extractor x = i % 2 == 0 ? xa : xb;
                results.add(pool.submit(() -> names(x, text)));
            }
            for (int i = 0; i < results.size(); i++) {
                List<Mention> ms = results.get(i).get();
                MentionType expected = i % 2 == 0 ? MentionType.ORG : MentionType.PARK;
                String canonical = i % 2 == 0 ? "青禾数据有限公司" : "青禾数据港";
                assertThat(ms).extracting(Mention::type, Mention::start, Mention::end, Mention::canonical)
                        .containsExactly(tuple(expected, 2, 6, canonical));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void explicitShortFormIsLinkedAndFoundEverywhere() {
        String text = "上海星澜半导体有限公司（以下简称“星澜”）今天宣布完成融资。星澜表示将扩产。";
        List<Mention> ms = names(standard, text);
        assertThat(ms).extracting(Mention::type, Mention::start, Mention::end, Mention::text, Mention::canonical)
                .containsExactly(
                        tuple(MentionType.ORG, 0, 11, "上海星澜半导体有限公司", "上海星澜半导体有限公司"),
                        tuple(MentionType.ORG, 17, 19, "星澜", "上海星澜半导体有限公司"),
                        tuple(MentionType.ORG, 30, 32, "星澜", "上海星澜半导体有限公司"));
    }

    @Test
    void aCommonWordInsideAOneWordNameIsNoShortForm() {
        // HanLP reads 国家电网有限公司 as one word; 国家 is no place, so 电网 is not its short form
        assertThat(names(standard, "国家电网有限公司今年电网投资将超过6000亿元。"))
                .extracting(Mention::text).containsExactly("国家电网有限公司");
    }

    @Test
    void implicitShortFormsAreLinked() {
        // the linker proposes the short form and says which full name it comes from; whether a two-sentence
        // document is evidence enough to take it is the scorer's call (in longer news the repetitions decide)
        String text = "杭州云帆智能科技有限公司近日发布新品。云帆智能称，订单已排到明年。";
        assertThat(names(standard, text)).extracting(Mention::start, Mention::end, Mention::text)
                .startsWith(tuple(0, 12, "杭州云帆智能科技有限公司"));
        assertThat(candidates(text)).filteredOn(c -> c.start() == 19 && c.end() == 23).singleElement()
                .satisfies(c -> assertThat(c.reasons()).anySatisfy(r -> {
                    assertThat(r.source()).isEqualTo("short-form");
                    assertThat(r.cues()).extracting(Evidence.Cue::role, Evidence.Cue::start, Evidence.Cue::end)
                            .containsExactly(tuple("full-name", 0, 12));
                }));
        String park = "沧州市临港经济技术开发区迎来新项目，临港将新增产能。";
        assertThat(names(standard, park)).extracting(Mention::type, Mention::text, Mention::canonical)
                .containsExactly(
                        tuple(MentionType.PARK, "沧州市临港经济技术开发区", "沧州市临港经济技术开发区"),
                        tuple(MentionType.PARK, "临港", "沧州市临港经济技术开发区"));
    }

    @Test
    void traditionalTextGivesTheSameNamesWithOriginalOffsets() {
        String simplified = "苏州工业园区管委会与西门子(中国)有限公司签约，项目落户苏州工业园区。";
        String traditional = "蘇州工業園區管委會與西門子(中國)有限公司簽約，項目落戶蘇州工業園區。";
        List<Mention> s = names(standard, simplified);
        List<Mention> t = names(standard, traditional);
        assertThat(t).extracting(Mention::type, Mention::start, Mention::end, Mention::canonical)
                .containsExactlyElementsOf(s.stream().map(m -> tuple(m.type(), m.start(), m.end(), m.canonical())).toList());
        assertThat(t).extracting(Mention::text).containsExactly("蘇州工業園區管委會", "西門子(中國)有限公司", "蘇州工業園區");
        assertThat(t).allSatisfy(m -> assertThat(traditional.substring(m.start(), m.end())).isEqualTo(m.text()));
    }

    @Test
    void suffixGrammarFindsExactSpans() {
        // Where a span is the rules' (exact edges) it is asserted as a mention; where taking it in a
        // one-sentence document is the scorer's call, as a candidate: the scorer is trained on whole
        // articles and is conservative about a name seen once with no other evidence.
        assertThat(names(standard, "苏州工业园区和武汉东湖新技术开发区签约。"))
                .extracting(Mention::type, Mention::text)
                .containsExactly(tuple(MentionType.PARK, "苏州工业园区"), tuple(MentionType.PARK, "武汉东湖新技术开发区"));
        assertThat(names(standard, "今年，合肥市人工智能产业园位于高新区。"))
                .extracting(Mention::type, Mention::text)
                .containsExactly(tuple(MentionType.PARK, "合肥市人工智能产业园"));
        // brackets inside the name, place kept, department of a body is one ORG
        assertThat(names(standard, "中国(广东)自由贸易试验区前海蛇口片区管委会发布通知。"))
                .extracting(Mention::type, Mention::text)
                .containsExactly(tuple(MentionType.ORG, "中国(广东)自由贸易试验区前海蛇口片区管委会"));
        assertThat(names(standard, "北京市经济和信息化局软件处处长表示，浙江大学和上海交通大学医学院参加。"))
                .extracting(Mention::type, Mention::text)
                .startsWith(tuple(MentionType.ORG, "北京市经济和信息化局软件处"), tuple(MentionType.ORG, "浙江大学"));
        assertThat(candidates("北京市经济和信息化局软件处处长表示，浙江大学和上海交通大学医学院参加。"))
                .extracting(NameRecognizer.ScoredCandidate::type, NameRecognizer.ScoredCandidate::text)
                .contains(tuple(MentionType.ORG, "上海交通大学医学院"))
                .doesNotContain(tuple(MentionType.ORG, "浙江大学和上海交通大学医学院"));
        // a province before a city: the rule's edge leaves it out, the edge with it is the alternative
        assertThat(candidates("河北省沧州市临港经济技术开发区迎来新项目。"))
                .filteredOn(c -> c.reasons().stream().anyMatch(r -> r.source().equals("suffix")))
                .extracting(NameRecognizer.ScoredCandidate::text)
                .contains("沧州市临港经济技术开发区", "河北省沧州市临港经济技术开发区");
        assertThat(names(standard, "河北省沧州市临港经济技术开发区迎来新项目。")).hasSize(1);
        // an industry word before a park suffix modifies it: one park inside a zone, no company 昆山开发区光电
        assertThat(names(standard, "昆山开发区光电产业园实现产值800亿元。"))
                .extracting(Mention::type, Mention::text).containsExactly(tuple(MentionType.PARK, "昆山开发区光电产业园"));
        assertThat(names(standard, "中新天津生态城和成都天府国际生物城签约，建设低碳生态城。"))
                .extracting(Mention::type, Mention::text)
                .contains(tuple(MentionType.PARK, "成都天府国际生物城"))
                .doesNotContain(tuple(MentionType.PARK, "低碳生态城"), tuple(MentionType.PARK, "建设低碳生态城"));
        // a bank branch is one organization
        assertThat(names(standard, "招商银行深圳分行今年发放普惠贷款超过300亿元。"))
                .extracting(Mention::type, Mention::text).containsExactly(tuple(MentionType.ORG, "招商银行深圳分行"));
        // ...but a city before a place that is no lower administrative level stays
        assertThat(candidates("宁波杭州湾新区汽车产业产值突破1000亿元。"))
                .extracting(NameRecognizer.ScoredCandidate::type, NameRecognizer.ScoredCandidate::text)
                .contains(tuple(MentionType.PARK, "宁波杭州湾新区"));
        // an organization named in a person's title
        assertThat(names(standard, "南京市发展改革委主任表示。")).extracting(Mention::text).containsExactly("南京市发展改革委");
        // 集团 after one plain noun is a company; an industry suffix after a non-generic noun is a brand
        assertThat(names(standard, "小米集团2024年智能手机出货量达到1.69亿台。"))
                .extracting(Mention::type, Mention::text).containsExactly(tuple(MentionType.ORG, "小米集团"));
        assertThat(candidates("理想汽车第三季度交付量为15.2万辆。"))
                .extracting(NameRecognizer.ScoredCandidate::type, NameRecognizer.ScoredCandidate::text)
                .contains(tuple(MentionType.ORG, "理想汽车"));
        // international bodies HanLP knows as plain nouns; generic 组织 phrases stay out
        assertThat(names(standard, "国际货币基金组织和世界贸易组织上调预期，社会组织和犯罪组织不是机构名。"))
                .extracting(Mention::text).doesNotContain("社会组织", "犯罪组织");
        assertThat(candidates("国际货币基金组织和世界贸易组织上调预期，社会组织和犯罪组织不是机构名。"))
                .extracting(NameRecognizer.ScoredCandidate::type, NameRecognizer.ScoredCandidate::text)
                .contains(tuple(MentionType.ORG, "国际货币基金组织"), tuple(MentionType.ORG, "世界贸易组织"));
        assertThat(candidates("昨天，市委书记表示，美国商务部长将访华。"))
                .extracting(NameRecognizer.ScoredCandidate::type, NameRecognizer.ScoredCandidate::text)
                .contains(tuple(MentionType.ORG, "市委"), tuple(MentionType.ORG, "美国商务部"));
    }

    @Test
    void genericPhrasesAndAnaphorsAreNoNames() {
        assertThat(names(standard, "该公司入驻园区，新片区管委会表示特色园区和三大运营商都很重要。")).isEmpty();
        assertThat(names(standard, "设计公司向全球高端的合资公司进军，开发区的实验室也在扩建。")).isEmpty();
        assertThat(names(standard, "浦东新区和嘉定区的新能源企业增长较快。")).isEmpty();
        // HanLP's role tagger joins 电动汽车 into one organization word: a product, not a brand
        assertThat(names(standard, "今年交付约95万辆电动汽车，占全球交付量的一半以上。")).isEmpty();
    }

    @Test
    void namesInsideFacilityTitlesAreTheCompanyOnly() {
        Extraction e = standard.extract(Document.of("t", "特斯拉上海超级工厂开工，特斯拉表示产能将翻倍。"));
        assertThat(e.mentions()).filteredOn(m -> m.type().isNamed())
                .extracting(Mention::type, Mention::start, Mention::end)
                .containsExactly(tuple(MentionType.ORG, 0, 3), tuple(MentionType.ORG, 12, 15));
    }

    @Test
    void oddInputGivesNoNamesOrKeepsOffsets() {
        assertThat(names(standard, "")).isEmpty();
        String text = "😀苏州工业园区😀管委会表示。";
        assertThat(names(standard, text)).extracting(Mention::type, Mention::start, Mention::end)
                .containsExactly(tuple(MentionType.PARK, 2, 8));
        // a long document: every occurrence of a name defined once is found
        StringBuilder big = new StringBuilder("杭州云帆智能科技有限公司（以下简称“云帆”）成立。");
        for (int i = 0; i < 2000; i++) {
            big.append("云帆今年营收增长，订单排到明年。");
        }
        assertThat(names(standard, big.toString())).filteredOn(m -> m.text().equals("云帆")).hasSize(2001)
                .allSatisfy(m -> assertThat(m.canonical()).isEqualTo("杭州云帆智能科技有限公司"));
    }
}
