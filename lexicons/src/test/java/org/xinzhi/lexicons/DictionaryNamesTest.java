package org.xinzhi.lexicons;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xinzhi.lexicon.EntryType;
import org.xinzhi.lexicon.LexiconEntry;
import org.xinzhi.lexicon.LexiconSet;

/** org_dict_names.tsv (lexicons/scripts/build_org_dicts.py): corroborated dictionary names, generic words filtered out. */
class DictionaryNamesTest {
    private static LexiconSet builtIn;

    @BeforeAll
    static void load() {
        builtIn = LexiconSet.builtIn();
    }

    @Test
    void corroboratedNamesAreInWithTheirSources() {
        LexiconEntry fifa = builtIn.lookup("国际足联", EntryType.ORG);
        assertThat(fifa).isNotNull();
        assertThat(fifa.attributes()).containsEntry("kind", "dict").containsEntry("src", "hanlp-org:nt|hanlp-supplement:nt|jieba:nt")
                .doesNotContainKey("ambiguous");
        // a 2-character name is ambiguous; THUOCL corroborates
        LexiconEntry sohu = builtIn.lookup("搜狐", EntryType.ORG);
        assertThat(sohu.attributes()).containsEntry("ambiguous", "true").containsEntry("thuocl", "caijing")
                .containsEntry("org_type", "company");
        assertThat(builtIn.lookup("东航", EntryType.ORG).attribute("src")).isEqualTo("jieba:j");
    }

    @Test
    void genericWordsPlacesAndSingleSourceNoiseAreLeftOut() {
        for (String w : new String[] {
            "三甲医院", "万亿俱乐部", "一家酒馆", // generic head after a generic modifier / a determiner
            "政府", "公司", "银行", // bare category words
            "北京", "上海市", // places alone
            "时代", // a common word
            "骀背鹤发", "广开财源", "复印室", // one source (or one lineage: HanLP supplement + jieba) only
            "新闻资讯", "网际协议" // jieba nt + THUOCL_IT: IT vocabulary corroborates no organization
        }) {
            assertThat(builtIn.contains(w, EntryType.ORG)).as(w).isFalse();
        }
    }

    @Test
    void curatedListsWinOverTheDictionary() {
        // listed by the dictionaries too, but the hand-written entry (loaded later, with its full name) is the one kept
        LexiconEntry csrc = builtIn.lookup("证监会", EntryType.ORG);
        assertThat(csrc.attribute("kind")).isNotEqualTo("dict");
        assertThat(csrc.canonical()).isEqualTo("中国证券监督管理委员会");
    }
}
