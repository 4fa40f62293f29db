package org.xinzhi.eval;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.xinzhi.json.Json;
import org.xinzhi.json.LabeledDocument;
import org.xinzhi.json.LabeledFact;
import org.xinzhi.json.LabeledMention;

/**
 * Scores predictions against gold files (the format of {@code shared/gold/GUIDELINES.md}).
 *
 * <h2>Matching rules</h2>
 * <ul>
 *   <li><b>Types.</b> Only mention lines of type ORG, PARK, MONEY, PERCENT, QUANTITY are scored;
 *       other types (TIME, ...) are ignored on both sides.</li>
 *   <li><b>Exact.</b> A predicted mention matches a gold mention with the same type, start and end,
 *       one-to-one (a duplicate line matches at most one partner).</li>
 *   <li><b>Partial.</b> Exact pairs are kept; then, per type, gold mentions are taken by start
 *       offset and each is paired with the first (by start) still unpaired predicted mention of the
 *       same type whose span overlaps it (shares at least one char). One-to-one. Every exact match
 *       is therefore also a partial match.</li>
 *   <li><b>Precision, recall, F1</b> = matched / predicted, matched / gold, and their harmonic mean.
 *       Micro-averages sum the counts (over types, over documents). A denominator of 0 gives 0,
 *       except that nothing predicted against nothing in gold gives 1.</li>
 *   <li><b>Numbers.</b> For exactly matched MONEY, PERCENT and QUANTITY pairs: <i>value</i> agrees
 *       when value and value_max are both numerically equal ({@code BigDecimal.compareTo}; 0.30 = 0.3;
 *       both absent is equal); <i>unit</i> agrees when the strings are equal, and is compared only
 *       when the gold has a unit; <i>qualifier</i> agrees when the strings are equal (both absent is
 *       equal); <i>all</i> when value, qualifier and (if compared) unit agree. Shares are
 *       agreed / compared.</li>
 *   <li><b>Facts.</b> A fact is its (subject, value_text) pair, strings compared exactly. Pairs are
 *       matched one-to-one: first a predicted and a gold fact with the same pair and the same
 *       sentence_start, then the remaining ones with the same pair, nearest sentence_start first.
 *       Among matched facts: <i>predicate exact</i> when equal; <i>predicate lenient</i> when one
 *       contains the other (both empty agrees, one empty does not); <i>time</i> when the strings
 *       are equal, an absent or blank time agreeing only with another absent one.</li>
 *   <li><b>Documents.</b> A gold file {@code X.gold.jsonl} (or {@code X.jsonl}) is paired with the
 *       prediction {@code X.jsonl} (or {@code X.gold.jsonl}). A gold document without prediction
 *       counts as predicting nothing; a prediction without gold is listed and not scored.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class Evaluator {

    /** The scored mention types, in report order. */
    public static final List<String> TYPES = List.of("ORG", "PARK", "MONEY", "PERCENT", "QUANTITY");
    /** The types whose value, unit and qualifier are compared. */
    public static final List<String> NUMERIC_TYPES = List.of("MONEY", "PERCENT", "QUANTITY");

    private Evaluator() {
    }

    /**
     * Scores every gold file ({@code *.jsonl}) of {@code goldDir} against its prediction in
     * {@code predDir}.
     *
     * @throws IOException when a folder cannot be listed or a file is unreadable or malformed
     *                     (the message names the file and line)
     */
    public static Evaluation evaluate(Path goldDir, Path predDir) throws IOException {
        return evaluate(goldDir, predDir, false);
    }

    /**
     * As {@link #evaluate(Path, Path)}; with {@code bySource}, the result also holds the precision
     * and recall of each source of names ({@link SourceScores}).
     */
    public static Evaluation evaluate(Path goldDir, Path predDir, boolean bySource) throws IOException {
        Map<String, Path> gold = jsonlFiles(goldDir);
        Map<String, Path> pred = jsonlFiles(predDir);
        if (gold.isEmpty()) {
            throw new IOException(goldDir + ": no .jsonl gold files");
        }
        List<LabeledDocument> golds = new ArrayList<>();
        List<LabeledDocument> preds = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        for (Map.Entry<String, Path> e : gold.entrySet()) {
            golds.add(withId(Json.read(e.getValue()), e.getKey()));
        }
        for (Map.Entry<String, Path> e : pred.entrySet()) {
            if (gold.containsKey(e.getKey())) {
                preds.add(withId(Json.read(e.getValue()), e.getKey()));
            } else {
                unexpected.add(e.getKey());
            }
        }
        Evaluation ev = evaluate(golds, preds);
        return new Evaluation(ev.documents(), ev.overall(), ev.missingPredictions(), unexpected,
                bySource ? SourceScores.score(golds, preds) : null);
    }

    /** Scores gold documents against predictions, paired by doc id. */
    public static Evaluation evaluate(List<LabeledDocument> gold, List<LabeledDocument> predictions) {
        Map<String, LabeledDocument> byId = new HashMap<>();
        for (LabeledDocument p : predictions) {
            byId.put(p.docId(), p);
        }
        List<DocumentScore> docs = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        DocumentScore overall = DocumentScore.empty("overall");
        java.util.Set<String> goldIds = new java.util.HashSet<>();
        for (LabeledDocument g : gold) {
            goldIds.add(g.docId());
            LabeledDocument p = byId.get(g.docId());
            if (p == null) {
                missing.add(g.docId());
                p = new LabeledDocument(g.docId(), List.of(), List.of());
            }
            DocumentScore s = score(g, p);
            docs.add(s);
            overall = overall.plus(s, "overall");
        }
        for (LabeledDocument p : predictions) {
            if (!goldIds.contains(p.docId())) {
                unexpected.add(p.docId());
            }
        }
        return new Evaluation(docs, overall, missing, unexpected);
    }

    /** Scores one document. */
    public static DocumentScore score(LabeledDocument gold, LabeledDocument predicted) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
        Map<String, Score> exact = new LinkedHashMap<>();
        Map<String, Score> partial = new LinkedHashMap<>();
        Map<String, NumberAgreement> numbers = new LinkedHashMap<>();
        for (String type : TYPES) {
            List<LabeledMention> g = ofType(gold.mentions(), type);
            List<LabeledMention> p = ofType(predicted.mentions(), type);
            int[] pairOfGold = matchExact(g, p);
            int exactCount = 0;
            NumberAgreement agreement = NumberAgreement.NONE;
            for (int gi = 0; gi < g.size(); gi++) {
                if (pairOfGold[gi] >= 0) {
                    exactCount++;
                    agreement = agreement.plus(compareNumbers(g.get(gi), p.get(pairOfGold[gi])));
                }
            }
            int partialCount = exactCount + matchPartial(g, p, pairOfGold);
            exact.put(type, new Score(g.size(), p.size(), exactCount));
            partial.put(type, new Score(g.size(), p.size(), partialCount));
            if (NUMERIC_TYPES.contains(type)) {
                numbers.put(type, agreement);
            }
        }
        return new DocumentScore(gold.docId(), exact, partial, numbers, scoreFacts(gold.facts(), predicted.facts()));
    }

    static List<LabeledMention> ofType(List<LabeledMention> all, String type) {
        List<LabeledMention> out = new ArrayList<>();
        for (LabeledMention m : all) {
            if (type.equals(m.type())) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt(LabeledMention::start).thenComparingInt(LabeledMention::end));
        return out;
    }

    /** For each gold mention, the index of its exact predicted partner, or -1. */
    static int[] matchExact(List<LabeledMention> g, List<LabeledMention> p) {
        Map<Long, List<Integer>> predBySpan = new HashMap<>();
        for (int i = 0; i < p.size(); i++) {
            predBySpan.computeIfAbsent(span(p.get(i)), k -> new ArrayList<>()).add(i);
        }
        int[] pair = new int[g.size()];
        for (int gi = 0; gi < g.size(); gi++) {
            List<Integer> candidates = predBySpan.get(span(g.get(gi)));
            pair[gi] = candidates == null || candidates.isEmpty() ? -1 : candidates.remove(0);
        }
        return pair;
    }

    /** Pairs the gold mentions left over by exact matching with overlapping predictions; returns the count. */
    private static int matchPartial(List<LabeledMention> g, List<LabeledMention> p, int[] exactPair) {
        boolean[] used = new boolean[p.size()];
        for (int pi : exactPair) {
            if (pi >= 0) {
                used[pi] = true;
            }
        }
        int count = 0;
        for (int gi = 0; gi < g.size(); gi++) {
            if (exactPair[gi] >= 0) {
                continue;
            }
            for (int pi = 0; pi < p.size(); pi++) {
                if (!used[pi] && p.get(pi).overlaps(g.get(gi))) {
                    used[pi] = true;
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    private static long span(LabeledMention m) {
        return ((long) m.start() << 32) | (m.end() & 0xffffffffL);
    }

    static NumberAgreement compareNumbers(LabeledMention gold, LabeledMention pred) {
        boolean value = sameNumber(gold.value(), pred.value()) && sameNumber(gold.valueMax(), pred.valueMax());
        boolean qualifier = Objects.equals(gold.qualifier(), pred.qualifier());
        Agreement unitAgreement = Agreement.NONE;
        boolean unitOk = true;
        if (gold.unit() != null) {
            unitOk = gold.unit().equals(pred.unit());
            unitAgreement = unitAgreement.add(unitOk);
        }
        return new NumberAgreement(Agreement.NONE.add(value), unitAgreement, Agreement.NONE.add(qualifier),
                Agreement.NONE.add(value && qualifier && unitOk));
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static FactScore scoreFacts(List<LabeledFact> gold, List<LabeledFact> pred) {
        int[] goldPair = new int[gold.size()];
        boolean[] predUsed = new boolean[pred.size()];
        java.util.Arrays.fill(goldPair, -1);
        // Pass 1: same pair, same sentence.
        for (int gi = 0; gi < gold.size(); gi++) {
            for (int pi = 0; pi < pred.size(); pi++) {
                if (!predUsed[pi] && samePair(gold.get(gi), pred.get(pi))
                        && gold.get(gi).sentenceStart() == pred.get(pi).sentenceStart()) {
                    goldPair[gi] = pi;
                    predUsed[pi] = true;
                    break;
                }
            }
        }
        // Pass 2: same pair, nearest sentence.
        for (int gi = 0; gi < gold.size(); gi++) {
            if (goldPair[gi] >= 0) {
                continue;
            }
            int best = -1;
            long bestDistance = Long.MAX_VALUE;
            for (int pi = 0; pi < pred.size(); pi++) {
                if (!predUsed[pi] && samePair(gold.get(gi), pred.get(pi))) {
                    long d = Math.abs((long) gold.get(gi).sentenceStart() - pred.get(pi).sentenceStart());
                    if (d < bestDistance) {
                        best = pi;
                        bestDistance = d;
                    }
                }
            }
            if (best >= 0) {
                goldPair[gi] = best;
                predUsed[best] = true;
            }
        }
        int matched = 0;
        Agreement exact = Agreement.NONE;
        Agreement lenient = Agreement.NONE;
        Agreement time = Agreement.NONE;
        for (int gi = 0; gi < gold.size(); gi++) {
            if (goldPair[gi] < 0) {
                continue;
            }
            matched++;
            LabeledFact g = gold.get(gi);
            LabeledFact p = pred.get(goldPair[gi]);
            String gp = orEmpty(g.predicate());
            String pp = orEmpty(p.predicate());
            exact = exact.add(gp.equals(pp));
            boolean contains = gp.isEmpty() || pp.isEmpty() ? gp.equals(pp) : gp.contains(pp) || pp.contains(gp);
            lenient = lenient.add(contains);
            time = time.add(orEmpty(g.time()).equals(orEmpty(p.time())));
        }
        return new FactScore(new Score(gold.size(), pred.size(), matched), exact, lenient, time);
    }

    private static boolean samePair(LabeledFact a, LabeledFact b) {
        return a.subject().equals(b.subject()) && a.valueText().equals(b.valueText());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    private static Map<String, Path> jsonlFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": not a folder");
        }
        Map<String, Path> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                if (Files.isRegularFile(f) && f.getFileName().toString().endsWith(".jsonl")) {
                    Path previous = out.put(Json.docIdOf(f), f);
                    if (previous != null) {
                        throw new IOException(dir + ": both " + previous.getFileName() + " and " + f.getFileName()
                                + " stand for document " + Json.docIdOf(f));
                    }
                }
            }
        }
        return out;
    }

    private static LabeledDocument withId(LabeledDocument d, String id) {
        return d.docId().equals(id) ? d : new LabeledDocument(id, d.mentions(), d.facts());
    }
}
