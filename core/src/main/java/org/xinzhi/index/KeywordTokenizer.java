package org.xinzhi.index;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The whole input as one term, mapped the way the keyword field was indexed (enum names upper-case,
 * units simplified), so {@code value_type:money} and {@code unit:輛} find what was indexed.
 */
final class KeywordTokenizer extends Tokenizer {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final UnaryOperator<String> mapping;
    private String value;
    private int length;
    private boolean done;

    KeywordTokenizer(UnaryOperator<String> mapping) {
        this.mapping = mapping;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[256];
        int n;
        while ((n = input.read(buf)) != -1) {
            sb.append(buf, 0, n);
        }
        length = sb.length();
        String raw = sb.toString().strip();
        value = raw.isEmpty() ? null : mapping.apply(raw);
        done = false;
    }

    @Override
    public boolean incrementToken() {
        if (done || value == null) {
            return false;
        }
        clearAttributes();
        term.setEmpty().append(value);
        offset.setOffset(correctOffset(0), correctOffset(length));
        done = true;
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        offset.setOffset(correctOffset(length), correctOffset(length));
    }
}
