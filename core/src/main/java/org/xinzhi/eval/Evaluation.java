package org.xinzhi.eval;

import java.util.List;

/**
 * The result of scoring a folder of predictions against a folder of gold files.
 *
 * @param documents             per gold document, in file-name order
 * @param overall               the counts of all documents summed (micro-average)
 * @param missingPredictions    gold documents without a prediction file (scored as predicting nothing)
 * @param unexpectedPredictions prediction files without a gold file (not scored)
 * @param bySource              precision and recall per source of names, or null when not asked for
 */
public record Evaluation(List<DocumentScore> documents, DocumentScore overall, List<String> missingPredictions,
                         List<String> unexpectedPredictions, SourceScores bySource) {

    /** An evaluation without scores per source. */
    public Evaluation(List<DocumentScore> documents, DocumentScore overall, List<String> missingPredictions,
                      List<String> unexpectedPredictions) {
        this(documents, overall, missingPredictions, unexpectedPredictions, null);
    }

    public Evaluation {
        documents = List.copyOf(documents);
        missingPredictions = List.copyOf(missingPredictions);
        unexpectedPredictions = List.copyOf(unexpectedPredictions);
    }

    /** The evaluation as one JSON object, for scripts (field names in docs/foundation.md). */
    public String toJson() {
        return EvaluationFormat.json(this);
    }

    /** The evaluation as a plain-text table, for people (the table per source after it, when present). */
    public String toTable() {
        return EvaluationFormat.table(this);
    }
}
