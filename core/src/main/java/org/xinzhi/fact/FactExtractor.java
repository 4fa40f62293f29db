package org.xinzhi.fact;

import org.xinzhi.model.Fact;
import java.util.List;
import org.xinzhi.lexicon.LexiconSet;
import org.xinzhi.model.Mention;
import org.xinzhi.segment.AnalyzedText;

/**
 * Ties ORG/PARK mentions to numeric mentions of the same sentence. Works in normalized offsets;
 * immutable and thread-safe.
 */
public interface FactExtractor {

    /**
     * The facts of a text, in sentence order, offsets normalized.
     *
     * @param text     the analyzed text (sentences, tokens, publication date)
     * @param mentions the resolved mentions, NORMALIZED offsets
     */
    List<Fact> extract(AnalyzedText text, List<Mention> mentions);

    /** The standard rule-based extractor ({@link StandardFactExtractor}) over the METRIC words of the lexicons. */
    static FactExtractor standard(LexiconSet lexicons) {
        return new StandardFactExtractor(lexicons);
    }
}
