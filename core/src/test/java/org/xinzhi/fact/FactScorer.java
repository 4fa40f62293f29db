package org.xinzhi.fact;

import org.xinzhi.model.Fact;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.xinzhi.Document;
import org.xinzhi.Extraction;
import org.xinzhi.Extractor;
import org.xinzhi.model.Mention;
import org.xinzhi.model.MentionType;
import org.xinzhi.model.Qualifier;
import org.xinzhi.segment.AnalyzedText;
import org.xinzhi.text.NormalizedText;

/**
 * Development harness (test scope, not shipped): scores facts against corpus/gold.
 * ORACLE mode feeds the GOLD mentions (converted to normalized offsets) to the fact extractor, so it
 * measures the fact rules alone; E2E mode runs the whole Extractor with whatever recognizers exist.
 * Usage: FactScorer oracle|e2e CORPUS_DIR [-v] [--out DIR]; with --out it also writes one prediction
 * file per document (gold mentions + predicted facts in oracle mode) for {@code xinzhi eval}.
 */
public final class FactScorer {

    record Key(int sentenceStart, String subject, String value) {
    }

    record Row(Key key, String predicate, String time) {
    }

    private static Mention toOriginal(NormalizedText nt, Mention m) {
        int s = nt.originalStart(m.start());
        int e = nt.originalEnd(m.end());
        return m.withSpan(s, e, nt.original().substring(s, e));
    }

    public static void main(String[] args) throws IOException {
        boolean oracle = args[0].equals("oracle");
        Path corpus = Path.of(args[1]);
        boolean verbose = java.util.Arrays.asList(args).contains("-v");
        int outAt = java.util.Arrays.asList(args).indexOf("--out");
        Path outDir = outAt >= 0 ? Path.of(args[outAt + 1]) : null;
        if (outDir != null) {
            Files.createDirectories(outDir);
        }
        Extractor x = Extractor.builder().build();
        ObjectMapper json = new ObjectMapper();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int predOk = 0;
        int timeOk = 0;
        List<Path> golds;
        try (Stream<Path> s = Files.list(corpus.resolve("gold"))) {
            golds = s.filter(p -> p.toString().endsWith(".gold.jsonl")).sorted().toList();
        }
        for (Path g : golds) {
            String name = g.getFileName().toString().replace(".gold.jsonl", "");
            String text = Files.readString(corpus.resolve("news").resolve(name + ".txt"), StandardCharsets.UTF_8);
            Document doc = Document.of(name, text);
            List<Row> gold = new ArrayList<>();
            List<JsonNode> goldMentions = new ArrayList<>();
            for (String line : Files.readAllLines(g, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                if (n.get("kind").asText().equals("fact")) {
                    gold.add(new Row(new Key(n.get("sentence_start").asInt(), n.get("subject").asText(), n.get("value_text").asText()),
                            n.get("predicate").asText(), n.has("time") ? n.get("time").asText() : null));
                } else if (n.get("kind").asText().equals("mention")) {
                    goldMentions.add(n);
                }
            }
            List<Row> found = new ArrayList<>();
            if (oracle) {
                AnalyzedText a = x.analyze(doc);
                NormalizedText nt = a.text();
                Map<Integer, Integer> startMap = new HashMap<>();
                Map<Integer, Integer> endMap = new HashMap<>();
                for (int i = nt.normalized().length(); i >= 0; i--) {
                    startMap.put(nt.originalStart(i), i);
                }
                for (int i = 0; i <= nt.normalized().length(); i++) {
                    endMap.put(nt.originalEnd(i), i);
                }
                List<Mention> ms = new ArrayList<>();
                for (JsonNode n : goldMentions) {
                    MentionType type = MentionType.valueOf(n.get("type").asText());
                    int s = startMap.get(n.get("start").asInt());
                    int e = endMap.get(n.get("end").asInt());
                    String norm = nt.normalized().substring(s, e);
                    if (type.isNamed()) {
                        ms.add(Mention.named(type, s, e, norm, norm, null));
                    } else {
                        ms.add(Mention.numeric(type, s, e, norm, norm,
                                n.has("value") ? new BigDecimal(n.get("value").asText()) : null,
                                n.has("value_max") ? new BigDecimal(n.get("value_max").asText()) : null,
                                n.has("unit") ? n.get("unit").asText() : null,
                                n.has("qualifier") ? Qualifier.valueOf(n.get("qualifier").asText()) : null));
                    }
                }
                List<Fact> facts = new StandardFactExtractor(x.lexicons()).extract(a, ms);
                if (outDir != null) {
                    List<Mention> orig = ms.stream().map(m -> toOriginal(nt, m)).toList();
                    List<Fact> of = facts.stream().map(f -> new Fact(f.docId(), toOriginal(nt, f.subject()), f.predicate(),
                            toOriginal(nt, f.value()), f.time() == null ? null : f.time().withSpan(nt.originalStart(f.time().start()),
                            nt.originalEnd(f.time().end()), nt.originalSlice(f.time().start(), f.time().end())),
                            nt.originalStart(f.sentenceStart()), nt.originalEnd(f.sentenceEnd()),
                            nt.originalSlice(f.sentenceStart(), f.sentenceEnd()))).toList();
                    org.xinzhi.json.Json.write(new Extraction(name, nt.script(), a.published(), List.of(), List.of(), orig, of),
                            outDir.resolve(name + ".jsonl"));
                }
                for (Fact f : facts) {
                    found.add(new Row(new Key(nt.originalStart(f.sentenceStart()), nt.originalSlice(f.subject().start(), f.subject().end()),
                            nt.originalSlice(f.value().start(), f.value().end())), f.predicate(),
                            f.time() == null ? null : nt.originalSlice(f.time().start(), f.time().end())));
                }
            } else {
                Extraction e = x.extract(doc);
                if (outDir != null) {
                    org.xinzhi.json.Json.write(e, outDir.resolve(name + ".jsonl"));
                }
                for (Fact f : e.facts()) {
                    found.add(new Row(new Key(f.sentenceStart(), f.subject().text(), f.value().text()), f.predicate(),
                            f.time() == null ? null : f.time().text()));
                }
            }
            List<Row> unmatched = new ArrayList<>(gold);
            for (Row r : found) {
                Row hit = unmatched.stream().filter(u -> u.key().equals(r.key())).findFirst().orElse(null);
                if (hit != null) {
                    unmatched.remove(hit);
                    tp++;
                    boolean p = hit.predicate().equals(r.predicate());
                    boolean t = java.util.Objects.equals(hit.time(), r.time());
                    predOk += p ? 1 : 0;
                    timeOk += t ? 1 : 0;
                    if (verbose && (!p || !t)) {
                        System.out.println(name + " OK  " + r.key() + " pred=" + r.predicate() + (p ? "" : " (gold " + hit.predicate() + ")")
                                + " time=" + r.time() + (t ? "" : " (gold " + hit.time() + ")"));
                    }
                } else {
                    fp++;
                    if (verbose) {
                        System.out.println(name + " FP  " + r);
                    }
                }
            }
            fn += unmatched.size();
            if (verbose) {
                unmatched.forEach(u -> System.out.println(name + " FN  " + u));
            }
        }
        double p = tp == 0 ? 0 : tp / (double) (tp + fp);
        double r = tp == 0 ? 0 : tp / (double) (tp + fn);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf("%s facts (subject,value): tp=%d fp=%d fn=%d P=%.3f R=%.3f F1=%.3f | predicate agree %d/%d | time agree %d/%d%n",
                oracle ? "ORACLE" : "E2E", tp, fp, fn, p, r, f1, predOk, tp, timeOk, tp);
    }
}
