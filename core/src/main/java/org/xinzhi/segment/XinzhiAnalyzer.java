package org.xinzhi.segment;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.xinzhi.text.TextNormalizer;

/**
 * The Lucene {@link Analyzer} for Chinese news: HanLP words over the normalized text (so a query
 * in traditional characters matches simplified text and the reverse), offsets in the original
 * text, Latin lower-cased, punctuation dropped.
 *
 * <p>Two flavours: {@link #forIndexing()} also indexes the dictionary words inside long words
 * (产值 inside 总产值) so short queries find them; {@link #forQuery()} emits the plain words. The
 * analyzer is thread-safe (Lucene keeps one token stream per thread) and holds no global state.
 */
public final class XinzhiAnalyzer extends Analyzer {

    private final boolean subwords;
    private final TextNormalizer normalizer = TextNormalizer.standard();
    private final Segmenter segmenter = Segmenter.standard();
    /** Per thread: the tokenizers of all fields share it, so a text repeated across fields is segmented once. */
    private final ThreadLocal<AnalysisMemo> memos = ThreadLocal.withInitial(AnalysisMemo::new);

    private XinzhiAnalyzer(boolean subwords) {
        this.subwords = subwords;
    }

    /** The analyzer to index with: words plus the dictionary words inside them. */
    public static XinzhiAnalyzer forIndexing() {
        return new XinzhiAnalyzer(true);
    }

    /** The analyzer to parse queries with: the words only. */
    public static XinzhiAnalyzer forQuery() {
        return new XinzhiAnalyzer(false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        XinzhiTokenizer tokenizer = new XinzhiTokenizer(normalizer, segmenter, memos.get());
        TokenStream stream = new PunctuationFilter(tokenizer);
        stream = new LatinLowerCaseFilter(stream);
        if (subwords) {
            stream = new SubwordFilter(stream);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LatinLowerCaseFilter(new ScriptFoldingFilter(in, normalizer));
    }
}
