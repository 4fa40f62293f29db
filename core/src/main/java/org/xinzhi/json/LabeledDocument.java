package org.xinzhi.json;

import java.util.List;

/**
 * The mention and fact lines of one gold or prediction file.
 *
 * @param docId    the doc_id of the document line, else the file name without .gold.jsonl / .jsonl
 * @param mentions the mention lines, in file order
 * @param facts    the fact lines, in file order
 */
public record LabeledDocument(String docId, List<LabeledMention> mentions, List<LabeledFact> facts) {

    public LabeledDocument {
        mentions = List.copyOf(mentions);
        facts = List.copyOf(facts);
    }
}
