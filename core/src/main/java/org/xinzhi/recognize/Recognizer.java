package org.xinzhi.recognize;

import org.xinzhi.model.Mention;
import java.util.List;
import org.xinzhi.segment.AnalyzedText;

/**
 * Finds mentions of one or more types in analyzed text. Implementations are immutable and
 * thread-safe; all offsets they report are in the NORMALIZED text of {@link AnalyzedText}.
 */
@FunctionalInterface
public interface Recognizer {
    List<Mention> recognize(AnalyzedText text);
}
