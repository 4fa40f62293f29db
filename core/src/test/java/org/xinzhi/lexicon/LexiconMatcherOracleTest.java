package org.xinzhi.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The matcher's automaton finds exactly what HanLP's double-array Aho–Corasick (the previous
 * implementation) finds: same spans, same values, on the built-in lexicons over real news and on
 * random text over a small alphabet full of overlaps.
 */
class LexiconMatcherOracleTest {

    @Test
    void sameHitsAsHanLpOnOverlappingWords() {
        TreeMap<String, String> words = new TreeMap<>();
        for (String w : List.of("he", "she", "his", "hers", "临港", "临港新片区", "新片区", "片区", "区", "a", "aa", "aaa", "ab", "bab")) {
            words.put(w, w.toUpperCase());
        }
        Random random = new Random(42);
        String alphabet = "ahesrib临港新片区";
        for (int n = 0; n < 500; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(40);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(hits(new AhoCorasick<>(words), sb.toString())).isEqualTo(oracle(oracleOf(words), sb.toString()));
        }
    }

    @Test
    void sameHitsAsHanLpWithTheBuiltInNamesOnTheCorpus() throws Exception {
        LexiconSet set = LexiconSet.builtIn();
        TreeMap<String, String> forms = new TreeMap<>();
        for (EntryType type : List.of(EntryType.ORG, EntryType.PARK, EntryType.ORG_SUFFIX, EntryType.PARK_SUFFIX)) {
            for (LexiconEntry e : set.entries(type)) {
                forms.put(e.surface(), e.surface());
                e.aliases().forEach(a -> forms.put(a, a));
            }
        }
        forms.remove("");
        AhoCorasick<String> automaton = new AhoCorasick<>(forms);
        AhoCorasickDoubleArrayTrie<String> trie = oracleOf(forms);
        Path news = Path.of(System.getProperty("xinzhi.root", ".."), "corpus/news");
        List<Path> files;
        try (Stream<Path> s = Files.list(news)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        long total = 0;
        for (Path f : files) {
            String text = Files.readString(f);
            List<String> expected = oracle(trie, text);
            assertThat(hits(automaton, text)).isEqualTo(expected);
            total += expected.size();
        }
        assertThat(total).isPositive();
    }

    private static List<String> hits(AhoCorasick<String> a, String text) {
        List<String> out = new ArrayList<>();
        a.parse(text, (b, e, w, v) -> {
            assertThat(w).isEqualTo(text.substring(b, e));
            out.add(b + ":" + e + ":" + v);
        });
        out.sort(null);
        return out;
    }

    private static AhoCorasickDoubleArrayTrie<String> oracleOf(TreeMap<String, String> words) {
        AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();
        trie.build(words);
        return trie;
    }

    private static List<String> oracle(AhoCorasickDoubleArrayTrie<String> trie, String text) {
        List<String> out = new ArrayList<>();
        trie.parseText(text, (b, e, v) -> out.add(b + ":" + e + ":" + v));
        out.sort(null);
        return out;
    }
}
