package org.xinzhi.segment;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * At index time, adds the dictionary words inside a long Han word at the same position
 * (总产值 → 总产值, 总产, 产值), so a query for the shorter word finds the longer one. This is
 * HanLP's "index mode" done as a filter; HanLP's core dictionary is only read, never changed.
 */
final class SubwordFilter extends TokenFilter {

    /** Shorter words than this have no inner words worth indexing. */
    private static final int MIN_LENGTH = 3;
    /** Very long tokens (a run HanLP could not split) are not expanded: quadratic and useless. */
    private static final int MAX_LENGTH = 12;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

    private final Deque<Subword> pending = new ArrayDeque<>();

    SubwordFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            Subword s = pending.removeFirst();
            term.setEmpty().append(s.word);
            offset.setOffset(s.start, s.end);
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        collectSubwords();
        return true;
    }

    private void collectSubwords() {
        int n = term.length();
        if (n < MIN_LENGTH || n > MAX_LENGTH || !isHan(term)) {
            return;
        }
        String word = term.toString();
        int start = offset.startOffset();
        int end = offset.endOffset();
        // Offsets of an inner word are exact only when the original span has the word's length
        // (no char filter or conversion changed it); otherwise the whole word's span is used.
        boolean aligned = end - start == n;
        for (int from = 0; from < n; from++) {
            for (int to = from + 2; to <= n; to++) {
                if (to - from == n) {
                    continue;
                }
                String inner = word.substring(from, to);
                if (CoreDictionary.contains(inner)) {
                    pending.addLast(new Subword(inner, aligned ? start + from : start, aligned ? start + to : end));
                }
            }
        }
    }

    private static boolean isHan(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
    }

    private record Subword(String word, int start, int end) {
    }
}
