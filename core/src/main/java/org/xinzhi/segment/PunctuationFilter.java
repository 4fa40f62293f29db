package org.xinzhi.segment;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Drops punctuation: tokens HanLP tags as punctuation (w…) and tokens with no letter or digit at
 * all (%, ‰, ·, stray symbols), which would only add noise to the index.
 */
final class PunctuationFilter extends FilteringTokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    PunctuationFilter(TokenStream in) {
        super(in);
    }

    @Override
    protected boolean accept() {
        if (type.type().startsWith("w")) {
            return false;
        }
        for (int i = 0; i < term.length(); i++) {
            if (Character.isLetterOrDigit(term.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
