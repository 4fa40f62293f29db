package org.xinzhi.lexicons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xinzhi.lexicon.EntryType;
import org.xinzhi.lexicon.LexiconEntry;
import org.xinzhi.lexicon.LexiconMatch;
import org.xinzhi.lexicon.LexiconMatcher;
import org.xinzhi.lexicon.LexiconSet;
import org.xinzhi.text.TextNormalizer;

/** The generated built-in lexicons load cleanly and hold the public entries they should. */
class BuiltInLexiconsTest {
    private static LexiconSet builtIn;

    @BeforeAll
    static void load() {
        builtIn = LexiconSet.builtIn();
    }

    @Test
    void loadsWithoutErrorsAndHasTheExpectedOrderOfMagnitude() {
        // GB/T 37028 has 2606 zones, NBS and FTZ add ~140; companies: ~5900 mainland + ~1870 Taiwan,
        // each with a full and a short form.
        assertThat(builtIn.entries(EntryType.PARK)).hasSizeBetween(2_500, 4_000);
        assertThat(builtIn.entries(EntryType.ORG)).hasSizeBetween(10_000, 20_000);
    }

    @Test
    void gbtZoneWithProvinceStrippedAndShortFormAliases() {
        LexiconEntry raoyang = builtIn.lookup("饶阳经济开发区", EntryType.PARK);
        assertThat(raoyang).isNotNull();
        assertThat(raoyang.surface()).isEqualTo("河北饶阳经济开发区");
        assertThat(raoyang.canonical()).isEqualTo("河北饶阳经济开发区");
        assertThat(raoyang.attributes()).containsEntry("level", "provincial").containsEntry("province", "河北省")
                .containsEntry("type_name", "省级经济开发区");

        LexiconEntry wuhu = builtIn.lookup("芜湖经开区", EntryType.PARK);
        assertThat(wuhu.canonical()).isEqualTo("芜湖经济技术开发区");
        assertThat(wuhu.attribute("level")).isEqualTo("national");
        assertThat(builtIn.lookup("北京经开区", EntryType.PARK).canonical()).isEqualTo("北京经济技术开发区");
        assertThat(builtIn.lookup("芜湖国家级经开区", EntryType.PARK).canonical()).isEqualTo("芜湖经济技术开发区");
        // 县/市 after a place is optional (上蔡县产业集聚区 → 上蔡产业集聚区), but not where it is part of the name
        assertThat(builtIn.lookup("上蔡产业集聚区", EntryType.PARK).canonical()).isEqualTo("上蔡县产业集聚区");
        assertThat(builtIn.contains("上海北工业园区", EntryType.PARK)).isFalse();
        assertThat(builtIn.contains("云南芒工业园", EntryType.PARK)).isFalse();
        // a prefix that leaves only the type word is not stripped
        assertThat(builtIn.contains("经济技术开发区", EntryType.PARK)).isFalse();
        assertThat(builtIn.contains("化学工业经济技术开发区", EntryType.PARK)).isFalse();
    }

    @Test
    void freeTradeZoneFormsAndAreas() {
        for (String form : new String[] {"上海自贸区", "上海自贸试验区", "中国(上海)自贸试验区", "中国（上海）自由贸易试验区"}) {
            assertThat(builtIn.lookup(form, EntryType.PARK).canonical()).as(form).isEqualTo("中国（上海）自由贸易试验区");
        }
        LexiconEntry wuhan = builtIn.lookup("湖北自贸区武汉片区", EntryType.PARK);
        assertThat(wuhan.canonical()).isEqualTo("中国（湖北）自由贸易试验区武汉片区");
        LexiconEntry bare = builtIn.lookup("武汉片区", EntryType.PARK);
        assertThat(bare.canonical()).isEqualTo("中国（湖北）自由贸易试验区武汉片区");
        assertThat(bare.attribute("ambiguous")).isEqualTo("true");
        // generic 片区 names need their FTZ
        assertThat(builtIn.contains("科技创新片区", EntryType.PARK)).isFalse();
    }

    @Test
    void listedCompaniesLinkShortNamesToFullNames() {
        LexiconEntry pingan = builtIn.lookup("平安银行", EntryType.ORG);
        assertThat(pingan.canonical()).isEqualTo("平安银行股份有限公司");
        assertThat(pingan.attributes()).containsEntry("kind", "short").containsEntry("code", "000001").doesNotContainKey("ambiguous");

        // 万  科Ａ: padding removed, width folded, A-share letter dropped; 2 characters → ambiguous
        LexiconEntry vanke = builtIn.lookup("万科", EntryType.ORG);
        assertThat(vanke.canonical()).isEqualTo("万科企业股份有限公司");
        assertThat(vanke.attribute("ambiguous")).isEqualTo("true");
        assertThat(builtIn.contains("万科A", EntryType.ORG)).isFalse();

        // *ST国华 → 国华 (prefix stripped)
        assertThat(builtIn.lookup("国华网安", EntryType.ORG)).isNull();
        assertThat(builtIn.lookup("国华", EntryType.ORG).canonical()).isEqualTo("深圳国华网安科技股份有限公司");

        LexiconEntry full = builtIn.lookup("京东方科技集团股份有限公司", EntryType.ORG);
        assertThat(full.attribute("kind")).isEqualTo("full");
        assertThat(builtIn.lookup("京东方", EntryType.ORG).canonical()).isEqualTo("京东方科技集团股份有限公司");

        // place-like and common-word short names are flagged
        assertThat(builtIn.lookup("连云港", EntryType.ORG).attribute("ambiguous")).isEqualTo("true");
        assertThat(builtIn.lookup("太平洋", EntryType.ORG).attribute("ambiguous")).isEqualTo("true");
        assertThat(builtIn.lookup("中关村", EntryType.ORG).attribute("ambiguous")).isEqualTo("true");
    }

    @Test
    void taiwanCompaniesAreNormalizedToSimplified() {
        LexiconEntry tsmc = builtIn.lookup("台积电", EntryType.ORG);
        assertThat(tsmc).isNotNull();
        assertThat(tsmc.canonical()).isEqualTo("台湾积体电路制造股份有限公司");
        assertThat(tsmc.attribute("market")).isEqualTo("TW");
        assertThat(builtIn.lookup("台湾积体电路制造股份有限公司", EntryType.ORG).attribute("kind")).isEqualTo("full");
    }

    @Test
    void stateCouncilDepartments() {
        assertThat(builtIn.lookup("商务部", EntryType.ORG).canonical()).isEqualTo("中华人民共和国商务部");
        assertThat(builtIn.lookup("国家发展和改革委员会", EntryType.ORG).canonical()).isEqualTo("中华人民共和国国家发展和改革委员会");
        assertThat(builtIn.lookup("中国人民银行", EntryType.ORG).canonical()).isEqualTo("中国人民银行");
    }

    @Test
    void matcherFindsBuiltInsInNormalizedText() {
        LexiconMatcher m = builtIn.matcher(EntryType.ORG, EntryType.PARK);
        String text = TextNormalizer.standard().normalize("臺積電與平安銀行在芜湖经开区签约").normalized();
        assertThat(m.findLongest(text)).extracting(LexiconMatch::surface).containsExactly("台积电", "平安银行", "芜湖经开区");
        assertThat(m.findLongest(text)).extracting(x -> x.entry().canonical())
                .containsExactly("台湾积体电路制造股份有限公司", "平安银行股份有限公司", "芜湖经济技术开发区");
    }

    @Test
    void everyGeneratedOrCitedFileNamesItsSourceDateAndLicence() throws Exception {
        ClassLoader cl = BuiltInLexiconsTest.class.getClassLoader();
        java.util.List<String> files;
        try (var in = cl.getResourceAsStream(LexiconSet.BUILT_IN_INDEX)) {
            files = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> l.startsWith("park_") || l.startsWith("org_")).toList();
        }
        assertThat(files).contains("park_gbt37028.tsv", "org_listed_cn.tsv", "org_listed_tw.tsv", "org_state_council_departments.tsv");
        for (String f : files) {
            try (var in = cl.getResourceAsStream(LexiconSet.BUILT_IN_FOLDER + f)) {
                assertThat(in).as(f).isNotNull();
                String head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(head).as(f).contains("# Source").containsIgnoringCase("licence").containsPattern("\\d{4}");
            }
        }
    }

    @Test
    void builtInSetSurvivesSerialization() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(builtIn);
        }
        LexiconSet copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (LexiconSet) in.readObject();
        }
        assertThat(copy.size()).isEqualTo(builtIn.size());
        assertThat(copy.lookup("上海自贸区", EntryType.PARK)).isEqualTo(builtIn.lookup("上海自贸区", EntryType.PARK));
        assertThat(copy.matcher(EntryType.PARK).findAll("上海自贸区")).hasSize(1);
    }
}
