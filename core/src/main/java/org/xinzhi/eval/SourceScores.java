package org.xinzhi.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xinzhi.json.LabeledDocument;
import org.xinzhi.json.LabeledMention;

/**
 * Precision and recall of each source of names ({@code xinzhi eval --by-source}): how much every
 * rule that proposes ORG and PARK candidates is worth. Read from the {@code evidence} of predicted
 * mention lines ({@code xinzhi extract --explain}).
 *
 * <p>Per type (ORG, PARK) and per source (the {@code source} of each reason of a prediction's
 * evidence: lexicon, suffix, role-tag, alias, ...): a predicted mention counts once for every source
 * that proposed it, as a true positive when it is one of the one-to-one exact matches of the main
 * evaluation, else as a false positive. Precision = TP / predictions the source proposed; recall =
 * gold mentions matched by a prediction the source proposed / all gold mentions of the type. In each
 * {@link Score}: {@code gold} = all gold mentions of the type, {@code predicted} = the predictions
 * the source proposed, {@code matched} = their TPs. Predictions whose line has no evidence are
 * counted under {@link #NONE}. The sources of one type add up to more than the type's predictions
 * when a mention has several sources.
 *
 * @param bySource per type, per source (most predictions first), the counts
 * @param evidence whether any predicted ORG or PARK mention carried evidence; when false the
 *                 predictions were written without {@code --explain} and the table says so
 */
public record SourceScores(Map<String, Map<String, Score>> bySource, boolean evidence) {

    /** The types scored per source. */
    public static final List<String> TYPES = List.of("ORG", "PARK");
    /** The row of predictions whose line has no evidence. */
    public static final String NONE = "(none)";
    /** What the table says when no prediction has evidence. */
    public static final String NO_EVIDENCE = "no evidence in predictions: run extract --explain";

    public SourceScores {
        Map<String, Map<String, Score>> copy = new LinkedHashMap<>();
        bySource.forEach((t, m) -> copy.put(t, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
        bySource = Collections.unmodifiableMap(copy);
    }

    /** The counts per source of one type (empty for a type without predictions). */
    public Map<String, Score> of(String type) {
        return bySource.getOrDefault(type, Map.of());
    }

    /** Scores the predictions of each gold document (paired by doc id; a missing one predicts nothing). */
    public static SourceScores score(List<LabeledDocument> gold, List<LabeledDocument> predictions) {
        Map<String, LabeledDocument> byId = new HashMap<>();
        for (LabeledDocument p : predictions) {
            byId.put(p.docId(), p);
        }
        Map<String, Map<String, int[]>> counts = new LinkedHashMap<>(); // type -> source -> {predicted, matched}
        Map<String, Integer> goldCount = new HashMap<>();
        boolean evidence = false;
        for (String type : TYPES) {
            counts.put(type, new HashMap<>());
        }
        for (LabeledDocument g : gold) {
            LabeledDocument p = byId.get(g.docId());
            for (String type : TYPES) {
                List<LabeledMention> gs = Evaluator.ofType(g.mentions(), type);
                List<LabeledMention> ps = p == null ? List.of() : Evaluator.ofType(p.mentions(), type);
                goldCount.merge(type, gs.size(), Integer::sum);
                boolean[] matched = new boolean[ps.size()];
                for (int pi : Evaluator.matchExact(gs, ps)) {
                    if (pi >= 0) {
                        matched[pi] = true;
                    }
                }
                for (int pi = 0; pi < ps.size(); pi++) {
                    List<String> sources = ps.get(pi).sources();
                    evidence |= !sources.isEmpty();
                    for (String source : sources.isEmpty() ? List.of(NONE) : sources) {
                        int[] c = counts.get(type).computeIfAbsent(source, k -> new int[2]);
                        c[0]++;
                        c[1] += matched[pi] ? 1 : 0;
                    }
                }
            }
        }
        Map<String, Map<String, Score>> out = new LinkedHashMap<>();
        for (String type : TYPES) {
            int g = goldCount.getOrDefault(type, 0);
            List<Map.Entry<String, int[]>> rows = new ArrayList<>(counts.get(type).entrySet());
            rows.sort(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0]).thenComparing(Map.Entry::getKey));
            Map<String, Score> scores = new LinkedHashMap<>();
            for (Map.Entry<String, int[]> e : rows) {
                scores.put(e.getKey(), new Score(g, e.getValue()[0], e.getValue()[1]));
            }
            out.put(type, scores);
        }
        return new SourceScores(out, evidence);
    }

    /** The table printed after the main one. */
    public String toTable() {
        StringBuilder b = new StringBuilder("\nPer source (exact span; a mention counts for every source that proposed it)\n");
        if (!evidence) {
            return b.append(NO_EVIDENCE).append('\n').toString();
        }
        b.append(String.format(Locale.ROOT, "%-5s %-14s %6s %6s %6s | %6s %6s%n", "type", "source", "pred", "TP", "FP", "P", "R"));
        for (String type : TYPES) {
            for (Map.Entry<String, Score> e : of(type).entrySet()) {
                Score s = e.getValue();
                b.append(String.format(Locale.ROOT, "%-5s %-14s %6d %6d %6d | %6s %6s%n", type, e.getKey(), s.predicted(),
                        s.matched(), s.predicted() - s.matched(), pct(s.precision()), pct(s.recall())));
            }
        }
        return b.append("(R: gold mentions matched by a prediction of that source / all gold of the type)\n").toString();
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f", 100 * v);
    }
}
