package org.xinzhi.index;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.xinzhi.model.Fact;
import org.xinzhi.model.TimeExpression;
import org.xinzhi.model.Mention;
import org.xinzhi.model.MentionType;
import org.xinzhi.model.Qualifier;

/** Builds facts the way the extractor returns them: spans found in the sentence text. */
final class TestFacts {

    private TestFacts() {
    }

    /**
     * A fact whose sentence starts at {@code sentenceStart} of its document.
     *
     * @param year the year the time expression (found in the sentence as "{year}年") resolves to, or null
     */
    static Fact fact(String docId, int sentenceStart, String sentence, MentionType subjectType, String subjectText,
                     String canonical, String predicate, MentionType valueType, String valueText, String value,
                     String unit, Integer year) {
        int s = sentence.indexOf(subjectText);
        int v = sentence.indexOf(valueText);
        if (s < 0 || v < 0) {
            throw new IllegalArgumentException("subject or value not in sentence: " + sentence);
        }
        Mention subject = Mention.named(subjectType, sentenceStart + s, sentenceStart + s + subjectText.length(),
                subjectText, org.xinzhi.text.TextNormalizer.standard().normalize(subjectText).normalized(), canonical);
        Mention val = Mention.numeric(valueType, sentenceStart + v, sentenceStart + v + valueText.length(), valueText,
                valueText, new BigDecimal(value), null, unit, Qualifier.EXACT);
        TimeExpression time = null;
        if (year != null) {
            String yearText = findYear(sentence, year);
            int t = sentence.indexOf(yearText);
            time = new TimeExpression(sentenceStart + t, sentenceStart + t + yearText.length(), yearText,
                    LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        return new Fact(docId, subject, predicate, val, time, sentenceStart, sentenceStart + sentence.length(), sentence);
    }

    private static String findYear(String sentence, int year) {
        String y = year + "年";
        if (!sentence.contains(y)) {
            throw new IllegalArgumentException("no " + y + " in: " + sentence);
        }
        return y;
    }
}
