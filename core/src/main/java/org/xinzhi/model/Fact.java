package org.xinzhi.model;

import java.util.Objects;

/**
 * One fact: who (an ORG or PARK), what was measured or done, how much, and when.
 *
 * @param docId         the document it comes from
 * @param subject       an ORG or PARK mention of the same sentence
 * @param predicate     the measure or event words (销售额, 规上工业总产值增长, 融资)
 * @param value         a MONEY, PERCENT or QUANTITY mention
 * @param time          the time the value refers to, or null when the sentence says none
 * @param sentenceStart offset of the sentence, inclusive
 * @param sentenceEnd   offset of the sentence, exclusive
 * @param sentence      the sentence text
 * @param evidence      why this subject, value and time were chosen ({@link Evidence#NONE} if not recorded)
 */
public record Fact(String docId, Mention subject, String predicate, Mention value, TimeExpression time,
                   int sentenceStart, int sentenceEnd, String sentence, Evidence evidence) {

    public Fact {
        if (evidence == null) {
            evidence = Evidence.NONE;
        }
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(predicate, "predicate");
    }

    /** A fact without recorded evidence. */
    public Fact(String docId, Mention subject, String predicate, Mention value, TimeExpression time,
                int sentenceStart, int sentenceEnd, String sentence) {
        this(docId, subject, predicate, value, time, sentenceStart, sentenceEnd, sentence, Evidence.NONE);
    }

    public Fact withEvidence(Evidence newEvidence) {
        return new Fact(docId, subject, predicate, value, time, sentenceStart, sentenceEnd, sentence, newEvidence);
    }

    /** A stable id: document, sentence and the two mentions' offsets. */
    public String id() {
        return docId + "#" + sentenceStart + ":" + subject.start() + "-" + subject.end() + ":" + value.start() + "-" + value.end();
    }
}
