package org.xinzhi;

import java.time.LocalDate;
import java.util.List;
import org.xinzhi.model.Fact;
import org.xinzhi.model.Mention;
import org.xinzhi.model.MentionType;
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
 * @param rejected  name candidates that lost, each with its score and the reason in its evidence; empty
 *                  unless the extractor was built with {@code explain(true)}
 */
public record Extraction(String docId, Script script, LocalDate published, List<Sentence> sentences,
                         List<Token> tokens, List<Mention> mentions, List<Fact> facts, List<Mention> rejected) {

    public Extraction {
        rejected = rejected == null ? List.of() : List.copyOf(rejected);
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        facts = List.copyOf(facts);
    }

    /** An extraction with no rejected candidates recorded. */
    public Extraction(String docId, Script script, LocalDate published, List<Sentence> sentences,
                      List<Token> tokens, List<Mention> mentions, List<Fact> facts) {
        this(docId, script, published, sentences, tokens, mentions, facts, List.of());
    }

    /** The mentions of one type. */
    public List<Mention> mentions(MentionType type) {
        return mentions.stream().filter(m -> m.type() == type).toList();
    }
}
