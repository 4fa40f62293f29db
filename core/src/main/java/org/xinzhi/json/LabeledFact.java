package org.xinzhi.json;

/**
 * A fact line of a gold or prediction file, as far as evaluation needs it.
 *
 * @param subject       the subject as written in the document
 * @param predicate     the predicate words
 * @param valueText     the value mention as written
 * @param time          the time expression as written, or null when the line has none
 * @param sentenceStart offset of the fact's sentence, or -1 when the line has none
 */
public record LabeledFact(String subject, String predicate, String valueText, String time, int sentenceStart) {
}
