package org.xinzhi.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntUnaryOperator;

/**
 * Why the pipeline produced a mention or a fact: the rules that proposed or chose it (each with the
 * cue spans that fired) and, where a model decided, its score. Immutable.
 *
 * <p>Offsets of cues follow the same convention as the mention or fact they explain: normalized
 * text inside the pipeline, original text in what {@link org.xinzhi.Extractor} returns.
 *
 * @param reasons the rules, in the order they fired
 * @param score   the probability a scorer gave (0..1), or {@code NaN} where no scorer decided
 */
public record Evidence(List<Reason> reasons, double score) {

    /** No evidence recorded. */
    public static final Evidence NONE = new Evidence(List.of(), Double.NaN);

    public Evidence {
        reasons = List.copyOf(reasons);
    }

    /**
     * One rule that fired.
     *
     * @param source the finder or stage (lexicon, suffix, numeral, fact-subject, ...)
     * @param rule   the rule id inside it (a lexicon file and entry, a suffix surface, a pattern name)
     * @param cues   the spans of the text the rule read
     */
    public record Reason(String source, String rule, List<Cue> cues) {
        public Reason {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(rule, "rule");
            cues = List.copyOf(cues);
        }

        public static Reason of(String source, String rule, Cue... cues) {
            return new Reason(source, rule, List.of(cues));
        }
    }

    /**
     * A span the rule read.
     *
     * @param role  what the span is to the rule (suffix, definer, context, currency, qualifier ...)
     * @param start first char, inclusive
     * @param end   last char, exclusive
     * @param text  the slice of the text
     */
    public record Cue(String role, int start, int end, String text) {
        public Cue {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Evidence of one rule. */
    public static Evidence of(String source, String rule, Cue... cues) {
        return new Evidence(List.of(Reason.of(source, rule, cues)), Double.NaN);
    }

    public boolean isEmpty() {
        return reasons.isEmpty() && Double.isNaN(score);
    }

    public boolean hasScore() {
        return !Double.isNaN(score);
    }

    public Evidence withScore(double newScore) {
        return new Evidence(reasons, newScore);
    }

    /** This evidence and one more reason. */
    public Evidence plus(Reason reason) {
        List<Reason> all = new ArrayList<>(reasons.size() + 1);
        all.addAll(reasons);
        all.add(reason);
        return new Evidence(all, score);
    }

    /** This evidence and the other's reasons (the score of this one kept unless it has none). */
    public Evidence plus(Evidence other) {
        if (other.reasons.isEmpty()) {
            return hasScore() || !other.hasScore() ? this : withScore(other.score);
        }
        List<Reason> all = new ArrayList<>(reasons.size() + other.reasons.size());
        all.addAll(reasons);
        all.addAll(other.reasons);
        return new Evidence(all, hasScore() ? score : other.score);
    }

    /** The sources of the reasons, in order, without repeats. */
    public List<String> sources() {
        List<String> out = new ArrayList<>();
        for (Reason r : reasons) {
            if (!out.contains(r.source())) {
                out.add(r.source());
            }
        }
        return out;
    }

    /**
     * The same evidence with every cue moved to another coordinate system (the extractor maps
     * normalized offsets back to the original text with it).
     */
    public Evidence mapSpans(IntUnaryOperator mapStart, IntUnaryOperator mapEnd, String text) {
        if (reasons.isEmpty()) {
            return this;
        }
        List<Reason> out = new ArrayList<>(reasons.size());
        for (Reason r : reasons) {
            List<Cue> cues = new ArrayList<>(r.cues().size());
            for (Cue c : r.cues()) {
                int s = mapStart.applyAsInt(c.start());
                int e = Math.max(s, mapEnd.applyAsInt(c.end()));
                cues.add(new Cue(c.role(), s, e, text.substring(s, e)));
            }
            out.add(new Reason(r.source(), r.rule(), cues));
        }
        return new Evidence(out, score);
    }
}
