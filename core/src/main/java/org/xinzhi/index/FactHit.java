package org.xinzhi.index;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.xinzhi.model.Fact;

/**
 * One fact found by a query.
 *
 * @param fact     the fact as it was indexed (offsets in its document's original text)
 * @param sentence the sentence it was stated in
 * @param docId    the document it comes from
 * @param score    Lucene's score (NaN when sorted by a field)
 */
public record FactHit(Fact fact, String sentence, String docId, float score) {

    /** The fact as one JSON object (the project's fact line plus offsets, sentence and score). */
    public String toJson() {
        ObjectNode o = StoredFact.toNode(fact);
        if (!Float.isNaN(score)) {
            o.put("score", score);
        }
        return StoredFact.write(o);
    }
}
