package org.xinzhi.segment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.xinzhi.text.NormalizedText;
import org.xinzhi.text.Sentence;

/**
 * What the recognizers read: the normalized text, its sentences and its tokens. All offsets here
 * are NORMALIZED-text offsets; {@code text.offsets()} maps them back to the original.
 *
 * @param docId     the document id
 * @param text      the original and normalized text
 * @param sentences sentences of the normalized text
 * @param tokens    tokens of the normalized text, in order
 * @param published the publication date, if known (for relative times)
 */
public record AnalyzedText(String docId, NormalizedText text, List<Sentence> sentences, List<Token> tokens,
                           LocalDate published) {

    public AnalyzedText {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
    }

    /** The normalized text, which all offsets refer to. */
    public String normalized() {
        return text.normalized();
    }

    /** Index of the first token that ends after {@code offset}, or tokens().size(). */
    public int tokenIndexAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The sentence containing {@code offset}, or null if it falls between sentences. */
    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (s.end() <= offset) {
                lo = mid + 1;
            } else if (s.start() > offset) {
                hi = mid - 1;
            } else {
                return s;
            }
        }
        return null;
    }
}
