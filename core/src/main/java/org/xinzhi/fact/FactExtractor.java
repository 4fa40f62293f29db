package org.xinzhi.fact;

import java.util.List;
import org.xinzhi.recognize.Mention;
import org.xinzhi.segment.AnalyzedText;

/**
 * Ties ORG/PARK mentions to numeric mentions of the same sentence. Works in normalized offsets;
 * immutable and thread-safe.
 */
public interface FactExtractor {
    List<Fact> extract(AnalyzedText text, List<Mention> mentions);
}
