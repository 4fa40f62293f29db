package org.xinzhi.segment;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lower-cases ASCII Latin letters (Tesla, TESLA and tesla match); Han characters and every other
 * script pass unchanged. Width folding has already turned full-width Ｔｅｓｌａ into ASCII.
 */
final class LatinLowerCaseFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    LatinLowerCaseFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buf = term.buffer();
        for (int i = 0, n = term.length(); i < n; i++) {
            char c = buf[i];
            if (c >= 'A' && c <= 'Z') {
                buf[i] = (char) (c + ('a' - 'A'));
            }
        }
        return true;
    }
}
