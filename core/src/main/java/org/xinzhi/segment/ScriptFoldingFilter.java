package org.xinzhi.segment;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.xinzhi.text.TextNormalizer;

/**
 * Replaces each term by its normalized form (simplified, width-folded). Used for the terms of
 * wildcard and prefix queries (臨港* → 临港*), which Lucene normalizes without tokenizing.
 */
final class ScriptFoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TextNormalizer normalizer;

    ScriptFoldingFilter(TokenStream in, TextNormalizer normalizer) {
        super(in);
        this.normalizer = normalizer;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String folded = normalizer.normalize(term.toString()).normalized();
        term.setEmpty().append(folded);
        return true;
    }
}
