package org.xinzhi.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scores of one document, or the sum over many (then {@code docId} is {@code "overall"}).
 * Maps are keyed by mention type in the order of {@link Evaluator#TYPES}
 * ({@link Evaluator#NUMERIC_TYPES} for {@code numbers}).
 *
 * @param docId   the document id
 * @param exact   per type: exact span and type
 * @param partial per type: overlapping spans of the same type, one-to-one
 * @param numbers per numeric type: agreement of value, unit and qualifier on exact matches
 * @param facts   fact pairs and predicate/time agreement
 */
public record DocumentScore(String docId, Map<String, Score> exact, Map<String, Score> partial,
                            Map<String, NumberAgreement> numbers, FactScore facts) {

    public DocumentScore {
        exact = Map.copyOf(exact);
        partial = Map.copyOf(partial);
        numbers = Map.copyOf(numbers);
    }

    /** Micro-average over the five types of exact matching: the counts summed. */
    public Score exactMicro() {
        return sum(exact);
    }

    /** Micro-average over the five types of partial matching. */
    public Score partialMicro() {
        return sum(partial);
    }

    /** Number agreement summed over MONEY, PERCENT and QUANTITY. */
    public NumberAgreement numbersMicro() {
        NumberAgreement total = NumberAgreement.NONE;
        for (String t : Evaluator.NUMERIC_TYPES) {
            total = total.plus(numbers.getOrDefault(t, NumberAgreement.NONE));
        }
        return total;
    }

    /** Exact score of one type (zero counts when absent). */
    public Score exact(String type) {
        return exact.getOrDefault(type, Score.ZERO);
    }

    /** Partial score of one type (zero counts when absent). */
    public Score partial(String type) {
        return partial.getOrDefault(type, Score.ZERO);
    }

    /** Number agreement of one numeric type (nothing compared when absent). */
    public NumberAgreement numbers(String type) {
        return numbers.getOrDefault(type, NumberAgreement.NONE);
    }

    /** The counts of both documents added, under a new id. */
    public DocumentScore plus(DocumentScore o, String newId) {
        Map<String, Score> ex = new LinkedHashMap<>();
        Map<String, Score> pa = new LinkedHashMap<>();
        for (String t : Evaluator.TYPES) {
            ex.put(t, exact(t).plus(o.exact(t)));
            pa.put(t, partial(t).plus(o.partial(t)));
        }
        Map<String, NumberAgreement> nu = new LinkedHashMap<>();
        for (String t : Evaluator.NUMERIC_TYPES) {
            nu.put(t, numbers(t).plus(o.numbers(t)));
        }
        return new DocumentScore(newId, ex, pa, nu, facts.plus(o.facts));
    }

    static DocumentScore empty(String docId) {
        return new DocumentScore(docId, Map.of(), Map.of(), Map.of(), FactScore.NONE);
    }

    private static Score sum(Map<String, Score> m) {
        Score total = Score.ZERO;
        for (String t : Evaluator.TYPES) {
            total = total.plus(m.getOrDefault(t, Score.ZERO));
        }
        return total;
    }
}
