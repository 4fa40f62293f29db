package org.xinzhi.index;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.xinzhi.model.Fact;

/**
 * One fact found by a query.
 *
 * @param fact       the fact as it was indexed (offsets in its document's original text)
 * @param sentence   the sentence it was stated in
 * @param docId      the document it comes from
 * @param score      Lucene's score (NaN when sorted by a field)
 * @param comparison what the query's value ranges compared (e.g. "money in HKD only", or money
 *                   converted to CNY with the dated table), null when the query has no value range
 */
public record FactHit(Fact fact, String sentence, String docId, float score, String comparison) {

    /** A hit of a query without a value range. */
    public FactHit(Fact fact, String sentence, String docId, float score) {
        this(fact, sentence, docId, score, null);
    }

    /** The fact as one JSON object (the project's fact line plus offsets, sentence, score and comparison). */
    public String toJson() {
        ObjectNode o = StoredFact.toNode(fact);
        if (!Float.isNaN(score)) {
            o.put("score", score);
        }
        if (comparison != null) {
            o.put("comparison", comparison);
        }
        return StoredFact.write(o);
    }
}
