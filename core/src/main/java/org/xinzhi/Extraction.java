package org.xinzhi;

import java.time.LocalDate;
import java.util.List;
import org.xinzhi.fact.Fact;
import org.xinzhi.recognize.Mention;
import org.xinzhi.recognize.MentionType;
import org.xinzhi.segment.Token;
import org.xinzhi.text.Script;
import org.xinzhi.text.Sentence;

/**
 * What was found in one document. Every offset is a UTF-16 index into the ORIGINAL text, end
 * exclusive. Immutable.
 *
 * @param docId     the document id
 * @param script    the script the document is written in
 * @param published the publication date given or found in the header, or null
 * @param sentences the sentences
 * @param tokens    the words (empty when the extractor was built without tokens)
 * @param mentions  the mentions, ordered by start, not overlapping
 * @param facts     the facts, in sentence order
 */
public record Extraction(String docId, Script script, LocalDate published, List<Sentence> sentences,
                         List<Token> tokens, List<Mention> mentions, List<Fact> facts) {

    public Extraction {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        facts = List.copyOf(facts);
    }

    /** The mentions of one type. */
    public List<Mention> mentions(MentionType type) {
        return mentions.stream().filter(m -> m.type() == type).toList();
    }
}
