package org.xinzhi.eval;

/**
 * Scores of the fact lines.
 *
 * @param pairs            (subject, value_text) pairs matched one-to-one
 * @param predicateExact   among matched facts, predicates equal
 * @param predicateLenient among matched facts, one predicate contains the other
 * @param time             among matched facts, time strings equal (both absent agrees)
 */
public record FactScore(Score pairs, Agreement predicateExact, Agreement predicateLenient, Agreement time) {

    public static final FactScore NONE = new FactScore(Score.ZERO, Agreement.NONE, Agreement.NONE, Agreement.NONE);

    public FactScore plus(FactScore o) {
        return new FactScore(pairs.plus(o.pairs), predicateExact.plus(o.predicateExact),
                predicateLenient.plus(o.predicateLenient), time.plus(o.time));
    }
}
