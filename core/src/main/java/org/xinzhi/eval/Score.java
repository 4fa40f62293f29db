package org.xinzhi.eval;

/**
 * Counts for precision, recall and F1: how many gold items, how many predicted, how many matched
 * (one-to-one). Precision, recall and F1 are 0 when their denominator is 0, except that an empty
 * gold against an empty prediction scores 1 on all three (nothing to find, nothing wrongly found).
 *
 * @param gold      items in the gold
 * @param predicted items predicted
 * @param matched   pairs matched one-to-one
 */
public record Score(int gold, int predicted, int matched) {

    public static final Score ZERO = new Score(0, 0, 0);

    public Score {
        if (gold < 0 || predicted < 0 || matched < 0 || matched > gold || matched > predicted) {
            throw new IllegalArgumentException("inconsistent counts: gold " + gold + ", predicted " + predicted + ", matched " + matched);
        }
    }

    public double precision() {
        if (predicted == 0) {
            return gold == 0 ? 1.0 : 0.0;
        }
        return matched / (double) predicted;
    }

    public double recall() {
        if (gold == 0) {
            return predicted == 0 ? 1.0 : 0.0;
        }
        return matched / (double) gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    public Score plus(Score other) {
        return new Score(gold + other.gold, predicted + other.predicted, matched + other.matched);
    }
}
