package org.xinzhi.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class XinzhiAnalyzerTest {

    private static final XinzhiAnalyzer QUERY = XinzhiAnalyzer.forQuery();
    private static final XinzhiAnalyzer INDEX = XinzhiAnalyzer.forIndexing();

    @AfterAll
    static void close() {
        QUERY.close();
        INDEX.close();
    }

    record Tok(String term, int start, int end, int posInc) {
    }

    static List<Tok> tokens(Analyzer a, String text) throws IOException {
        List<Tok> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Tok(term.toString(), off.startOffset(), off.endOffset(), pos.getPositionIncrement()));
            }
            ts.end();
            assertThat(off.endOffset()).as("final offset").isEqualTo(text.length());
        }
        return out;
    }

    static List<String> terms(Analyzer a, String text) throws IOException {
        return tokens(a, text).stream().map(Tok::term).toList();
    }

    @Test
    void traditionalAndSimplifiedGiveTheSameTerms() throws IOException {
        assertThat(terms(QUERY, "臨港新片區")).containsExactly("临港", "新片", "区");
        assertThat(terms(QUERY, "临港新片区")).containsExactly("临港", "新片", "区");
        assertThat(terms(QUERY, "臨港")).isEqualTo(terms(QUERY, "临港"));
        // Short queries too, including words whose traditional chars OpenCC also lists as simplified.
        assertThat(terms(QUERY, "增長")).isEqualTo(terms(QUERY, "增长"));
        assertThat(terms(QUERY, "銷售額")).isEqualTo(terms(QUERY, "销售额"));
    }

    @Test
    void offsetsPointIntoTheOriginalText() throws IOException {
        String text = "據悉，臨港新片區產值增長10%。";
        String simplified = org.xinzhi.text.TextNormalizer.standard().normalize(text).normalized();
        assertThat(simplified).isEqualTo("据悉，临港新片区产值增长10%。");
        for (Tok t : tokens(QUERY, text)) {
            // Every term is the simplified form of the original slice it points to.
            assertThat(simplified.substring(t.start(), t.end())).isEqualTo(t.term());
        }
        // The dropped comma leaves a position gap, as Lucene's stop filters do.
        assertThat(tokens(QUERY, text)).contains(new Tok("临港", 3, 5, 2), new Tok("增长", 10, 12, 1));
    }

    @Test
    void punctuationIsDroppedAndLatinLowerCased() throws IOException {
        assertThat(terms(QUERY, "Tesla的Megapack，产能40GWh！")).doesNotContain("，", "！")
                .contains("tesla", "megapack");
        assertThat(terms(QUERY, "ＴＥＳＬＡ")).containsExactly("tesla");
        assertThat(terms(QUERY, "10%")).containsExactly("10");
    }

    @Test
    void indexFlavourAddsInnerWordsAtTheSamePosition() throws IOException {
        List<Tok> toks = tokens(INDEX, "规上工业总产值");
        assertThat(toks).extracting(Tok::term).contains("总产值", "产值");
        Tok inner = toks.stream().filter(t -> t.term().equals("产值")).findFirst().orElseThrow();
        assertThat(inner.posInc()).isZero();
        assertThat(inner.start()).isEqualTo(5);
        assertThat(inner.end()).isEqualTo(7);
        assertThat(terms(QUERY, "规上工业总产值")).doesNotContain("产值");
    }

    @Test
    void streamIsReusableAcrossTexts() throws IOException {
        // Lucene reuses one token stream per thread: reset/end/close must leave no state behind.
        assertThat(terms(QUERY, "商汤科技")).containsExactly("商汤", "科技");
        assertThat(terms(QUERY, "")).isEmpty();
        assertThat(terms(QUERY, "商汤科技")).containsExactly("商汤", "科技");
    }

    @Test
    void offsetsGoThroughCharFiltersInFront() throws IOException {
        Analyzer withPrefixStripped = new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new DropPrefix(reader, 3);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return QUERY_COMPONENTS.apply(fieldName);
            }
        };
        List<Tok> toks = new ArrayList<>();
        String text = "###臨港";
        try (TokenStream ts = withPrefixStripped.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                toks.add(new Tok(term.toString(), off.startOffset(), off.endOffset(), 1));
            }
            ts.end();
            assertThat(off.endOffset()).isEqualTo(5);
        }
        assertThat(toks).containsExactly(new Tok("临港", 3, 5, 1));
    }

    private static final java.util.function.Function<String, Analyzer.TokenStreamComponents> QUERY_COMPONENTS =
            f -> new Analyzer.TokenStreamComponents(new XinzhiTokenizer(org.xinzhi.text.TextNormalizer.standard(), Segmenter.standard()));

    /** A char filter that removes the first n chars, the way HTML stripping removes markup. */
    static final class DropPrefix extends CharFilter {
        private final int n;
        private boolean skipped;

        DropPrefix(Reader in, int n) {
            super(in);
            this.n = n;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (!skipped) {
                skipped = true;
                input.skip(n);
            }
            return input.read(buf, off, len);
        }

        @Override
        protected int correct(int currentOff) {
            return currentOff + n;
        }
    }

    @Test
    void dropPrefixSanity() throws IOException {
        try (Reader r = new DropPrefix(new StringReader("abcdef"), 2)) {
            char[] b = new char[10];
            assertThat(new String(b, 0, r.read(b, 0, 10))).isEqualTo("cdef");
        }
    }
}
