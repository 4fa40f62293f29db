package org.xinzhi.segment;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.xinzhi.text.NormalizedText;
import org.xinzhi.text.TextNormalizer;

/**
 * A Lucene {@link Tokenizer} that emits HanLP words of the NORMALIZED text (simplified,
 * width-folded), so 臨港 and 临港 produce the same term, with offsets in the ORIGINAL text: the
 * normalizer's {@link org.xinzhi.text.OffsetMap} first, then {@link #correctOffset(int)} for any
 * char filter in front of this tokenizer. The token type is HanLP's part-of-speech tag.
 *
 * <p>The whole input is read at {@link #reset()}: HanLP segments sentence by sentence and needs
 * the context. Field values in the fact index are sentences, so this is cheap.
 */
public final class XinzhiTokenizer extends Tokenizer {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    private final TextNormalizer normalizer;
    private final Segmenter segmenter;

    private final AnalysisMemo memo;

    private NormalizedText text;
    private List<Token> tokens = List.of();
    private int next;

    /**
     * @param normalizer turns the input into the text HanLP reads
     * @param segmenter  HanLP segmentation of the normalized text
     */
    public XinzhiTokenizer(TextNormalizer normalizer, Segmenter segmenter) {
        this(normalizer, segmenter, null);
    }

    /** @param memo this thread's recent analyses, shared by the tokenizers of its fields, or null */
    XinzhiTokenizer(TextNormalizer normalizer, Segmenter segmenter, AnalysisMemo memo) {
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
        this.memo = memo;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        String in = readAll(input);
        AnalysisMemo.Analysis known = memo == null ? null : memo.get(in);
        if (known == null) {
            NormalizedText normalized = normalizer.normalize(in);
            known = new AnalysisMemo.Analysis(normalized, segmenter.segment(normalized.normalized()));
            if (memo != null) {
                memo.put(in, known);
            }
        }
        text = known.text();
        tokens = known.tokens();
        next = 0;
    }

    @Override
    public boolean incrementToken() {
        if (next >= tokens.size()) {
            return false;
        }
        clearAttributes();
        Token t = tokens.get(next++);
        term.setEmpty().append(t.normalized());
        int start = text.originalStart(t.start());
        int end = Math.max(start, text.originalEnd(t.end()));
        offset.setOffset(correctOffset(start), correctOffset(end));
        position.setPositionIncrement(1);
        type.setType(t.pos());
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = text == null ? 0 : text.original().length();
        offset.setOffset(correctOffset(last), correctOffset(last));
    }

    @Override
    public void close() throws IOException {
        super.close();
        text = null;
        tokens = List.of();
        next = 0;
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder sb = new StringBuilder(256);
        char[] buf = new char[4096];
        int n;
        while ((n = reader.read(buf)) != -1) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }
}
