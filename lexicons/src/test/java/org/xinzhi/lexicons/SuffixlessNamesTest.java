package org.xinzhi.lexicons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xinzhi.Extractor;
import org.xinzhi.lexicon.EntryType;
import org.xinzhi.lexicon.LexiconEntry;
import org.xinzhi.lexicon.LexiconSet;
import org.xinzhi.model.Mention;
import org.xinzhi.model.MentionType;

/** Names without a suffix: the public-bodies and government-reference lists, and what the recognizer makes of them. */
class SuffixlessNamesTest {
    static LexiconSet lexicons;
    static Extractor extractor;

    @BeforeAll
    static void load() {
        lexicons = LexiconSet.builtIn();
        extractor = Extractor.builder().build();
    }

    @Test
    void shortFormsOfPublicBodiesLeadToTheirFullNames() {
        LexiconEntry csrc = lexicons.lookup("证监会", EntryType.ORG);
        assertThat(csrc.canonical()).isEqualTo("中国证券监督管理委员会");
        assertThat(csrc.attribute("src", "")).isNotEmpty();
        assertThat(csrc.attribute("date", "")).matches("\\d{4}-\\d{2}");
        assertThat(lexicons.lookup("银保监会", EntryType.ORG).canonical()).isEqualTo("国家金融监督管理总局"); // a former name
        assertThat(lexicons.lookup("港交所", EntryType.ORG).canonical()).isEqualTo("香港交易及结算所有限公司");
        assertThat(lexicons.lookup("发改委", EntryType.ORG).canonical()).isEqualTo("中华人民共和国国家发展和改革委员会");
    }

    @Test
    void shortFormsThatAreAlsoWordsAreMarkedAmbiguous() {
        for (String w : new String[] {"发展局", "港台", "海关", "苹果", "联想", "京东"}) {
            assertThat(lexicons.lookup(w, EntryType.ORG)).as(w).isNotNull();
            assertThat(lexicons.lookup(w, EntryType.ORG).attribute("ambiguous", "")).as(w).isEqualTo("true");
        }
    }

    @Test
    void bareGovernmentWordsStayGeneric() {
        for (String w : new String[] {"政府", "当局", "有关部门"}) {
            assertThat(lexicons.lookup(w, EntryType.ORG)).as(w).isNull();
        }
        assertThat(lexicons.lookup("市政府", EntryType.ORG).attribute("kind", "")).isEqualTo("gov-ref");
        assertThat(lexicons.lookup("市政府", EntryType.STOP)).isNull();
    }

    @Test
    void suffixlessNamesAreFoundInBothScripts() {
        String s = "据新华社报道，证监会昨日发布新规。港交所股价上涨，警方拘捕两名男子。";
        assertThat(extractor.extract(s).mentions()).filteredOn(m -> m.type() == MentionType.ORG)
                .extracting(Mention::text, Mention::start)
                .contains(tuple("新华社", 1), tuple("证监会", 7), tuple("港交所", 17), tuple("警方", 25));
        String t = "立法會今日通過議案，港府表示歡迎。";
        assertThat(extractor.extract(t).mentions()).filteredOn(m -> m.type() == MentionType.ORG)
                .extracting(Mention::text, Mention::start)
                .contains(tuple("立法會", 0), tuple("港府", 10));
    }
}
