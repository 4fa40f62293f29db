package org.xinzhi.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** Renders an {@link Evaluation} as JSON (for scripts) and as a text table (for people). */
final class EvaluationFormat {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EvaluationFormat() {
    }

    static String json(Evaluation e) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("overall", document(e.overall()));
        ArrayNode docs = root.putArray("documents");
        e.documents().forEach(d -> docs.add(document(d)));
        ArrayNode missing = root.putArray("missing_predictions");
        e.missingPredictions().forEach(missing::add);
        ArrayNode unexpected = root.putArray("unexpected_predictions");
        e.unexpectedPredictions().forEach(unexpected::add);
        if (e.bySource() != null) {
            root.set("by_source", bySource(e.bySource()));
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex); // a tree of plain nodes always serializes
        }
    }

    private static ObjectNode bySource(SourceScores s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("evidence", s.evidence());
        if (!s.evidence()) {
            o.put("message", SourceScores.NO_EVIDENCE);
        }
        for (String t : SourceScores.TYPES) {
            ObjectNode type = o.putObject(t);
            s.of(t).forEach((source, score) -> type.set(source, score(score)));
        }
        return o;
    }

    private static ObjectNode document(DocumentScore d) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("doc_id", d.docId());
        ObjectNode mentions = o.putObject("mentions");
        ObjectNode exact = mentions.putObject("exact");
        ObjectNode partial = mentions.putObject("partial");
        for (String t : Evaluator.TYPES) {
            exact.set(t, score(d.exact(t)));
            partial.set(t, score(d.partial(t)));
        }
        exact.set("micro", score(d.exactMicro()));
        partial.set("micro", score(d.partialMicro()));
        ObjectNode numbers = o.putObject("numbers");
        for (String t : Evaluator.NUMERIC_TYPES) {
            numbers.set(t, numbers(d.numbers(t)));
        }
        numbers.set("micro", numbers(d.numbersMicro()));
        ObjectNode facts = o.putObject("facts");
        facts.set("pairs", score(d.facts().pairs()));
        facts.set("predicate_exact", agreement(d.facts().predicateExact()));
        facts.set("predicate_lenient", agreement(d.facts().predicateLenient()));
        facts.set("time", agreement(d.facts().time()));
        return o;
    }

    private static ObjectNode score(Score s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("gold", s.gold());
        o.put("predicted", s.predicted());
        o.put("matched", s.matched());
        o.put("precision", s.precision());
        o.put("recall", s.recall());
        o.put("f1", s.f1());
        return o;
    }

    private static ObjectNode numbers(NumberAgreement n) {
        ObjectNode o = MAPPER.createObjectNode();
        o.set("value", agreement(n.value()));
        o.set("unit", agreement(n.unit()));
        o.set("qualifier", agreement(n.qualifier()));
        o.set("all", agreement(n.all()));
        return o;
    }

    private static ObjectNode agreement(Agreement a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("compared", a.compared());
        o.put("agreed", a.agreed());
        if (a.compared() == 0) {
            o.putNull("share");
        } else {
            o.put("share", a.share());
        }
        return o;
    }

    static String table(Evaluation e) {
        StringBuilder b = new StringBuilder();
        DocumentScore all = e.overall();
        b.append(String.format(Locale.ROOT, "Mentions, %d documents%n", e.documents().size()));
        b.append(String.format(Locale.ROOT, "%-9s %5s %5s | %6s %6s %6s %5s | %6s %6s %6s %5s%n",
                "type", "gold", "pred", "P", "R", "F1", "match", "P~", "R~", "F1~", "match"));
        for (String t : Evaluator.TYPES) {
            row(b, t, all.exact(t), all.partial(t));
        }
        row(b, "micro", all.exactMicro(), all.partialMicro());
        b.append("(P R F1: exact span and type; P~ R~ F1~: overlapping span, same type)\n\n");
        b.append(String.format(Locale.ROOT, "Numbers (exact matches)%n%-9s %12s %12s %12s %12s%n",
                "type", "value", "unit", "qualifier", "all"));
        for (String t : Evaluator.NUMERIC_TYPES) {
            numberRow(b, t, all.numbers(t));
        }
        numberRow(b, "micro", all.numbersMicro());
        FactScore f = all.facts();
        b.append(String.format(Locale.ROOT, "%nFacts: gold %d, predicted %d, matched %d: P %s R %s F1 %s%n",
                f.pairs().gold(), f.pairs().predicted(), f.pairs().matched(),
                pct(f.pairs().precision()), pct(f.pairs().recall()), pct(f.pairs().f1())));
        b.append(String.format(Locale.ROOT, "  among matched: predicate exact %s, predicate lenient %s, time %s%n",
                share(f.predicateExact()), share(f.predicateLenient()), share(f.time())));
        if (e.documents().size() > 1) {
            b.append(String.format(Locale.ROOT, "%nPer document%n%-32s %7s %7s %7s%n", "document", "F1", "F1~", "factF1"));
            for (DocumentScore d : e.documents()) {
                b.append(String.format(Locale.ROOT, "%-32s %7s %7s %7s%n", d.docId(),
                        pct(d.exactMicro().f1()), pct(d.partialMicro().f1()), pct(d.facts().pairs().f1())));
            }
        }
        if (!e.missingPredictions().isEmpty()) {
            b.append("\nNo prediction (scored as empty): ").append(String.join(", ", e.missingPredictions())).append('\n');
        }
        if (!e.unexpectedPredictions().isEmpty()) {
            b.append("\nPrediction without gold (not scored): ").append(String.join(", ", e.unexpectedPredictions())).append('\n');
        }
        if (e.bySource() != null) {
            b.append(e.bySource().toTable());
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String label, Score ex, Score pa) {
        b.append(String.format(Locale.ROOT, "%-9s %5d %5d | %6s %6s %6s %5d | %6s %6s %6s %5d%n", label, ex.gold(), ex.predicted(),
                pct(ex.precision()), pct(ex.recall()), pct(ex.f1()), ex.matched(),
                pct(pa.precision()), pct(pa.recall()), pct(pa.f1()), pa.matched()));
    }

    private static void numberRow(StringBuilder b, String label, NumberAgreement n) {
        b.append(String.format(Locale.ROOT, "%-9s %12s %12s %12s %12s%n", label,
                share(n.value()), share(n.unit()), share(n.qualifier()), share(n.all())));
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f", 100 * v);
    }

    private static String share(Agreement a) {
        return a.compared() == 0 ? "-" : String.format(Locale.ROOT, "%s (%d/%d)", pct(a.share()), a.agreed(), a.compared());
    }
}
