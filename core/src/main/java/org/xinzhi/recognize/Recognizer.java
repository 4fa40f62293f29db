package org.xinzhi.recognize;

import java.util.List;
import org.xinzhi.model.Mention;
import org.xinzhi.segment.AnalyzedText;

/**
 * Finds mentions of one or more types in analyzed text. Implementations are immutable and
 * thread-safe; all offsets they report are in the NORMALIZED text of {@link AnalyzedText}.
 */
@FunctionalInterface
public interface Recognizer {
    List<Mention> recognize(AnalyzedText text);

    /** The mentions and the candidates that lost, for explanations (by default: no losers recorded). */
    default Recognition recognizeExplained(AnalyzedText text) {
        return new Recognition(recognize(text), List.of());
    }
}
