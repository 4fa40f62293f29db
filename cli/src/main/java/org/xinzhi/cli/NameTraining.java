package org.xinzhi.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.xinzhi.Document;
import org.xinzhi.Extraction;
import org.xinzhi.Extractor;
import org.xinzhi.json.Json;
import org.xinzhi.json.LabeledDocument;
import org.xinzhi.json.LabeledMention;
import org.xinzhi.lexicon.LexiconSet;
import org.xinzhi.recognize.name.NameModel;
import org.xinzhi.recognize.name.NameRecognizer;
import org.xinzhi.recognize.name.NameTrainer;
import org.xinzhi.segment.AnalyzedText;
import org.xinzhi.text.NormalizedText;

/**
 * Training data for the name scorer: documents with gold files, each turned into the candidates the
 * name sources propose, labelled by whether the gold has exactly that span and type. Training on
 * all documents gives the shipped model; leave-one-document-out trains one model per document on
 * all the others and extracts the one left out with it.
 */
final class NameTraining {

    /** One document: its text file, its candidates as training examples. */
    record Doc(String stem, Path text, Path gold, String content, List<NameTrainer.Example> examples, int goldNames, int reachable,
               List<String> dump) {
    }

    private final LexiconSet lexicons;
    private final Extractor analyzer;
    private final NameRecognizer featurizer;

    NameTraining(LexiconSet lexicons) {
        this.lexicons = lexicons;
        this.analyzer = Extractor.builder().lexiconSet(lexicons).nameModel(null).build();
        this.featurizer = NameRecognizer.builder(lexicons).model(null).build();
    }

    LexiconSet lexicons() {
        return lexicons;
    }

    /** The documents of a folder pair: every {@code <stem>.txt} in docs with a {@code <stem>.gold.jsonl} in gold. */
    static List<Path[]> pairs(Path docs, Path gold) throws IOException {
        List<Path[]> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(docs)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".txt")) {
                    continue;
                }
                Path g = gold.resolve(name.substring(0, name.length() - 4) + ".gold.jsonl");
                if (Files.isRegularFile(g)) {
                    out.add(new Path[] {p, g});
                }
            }
        }
        return out;
    }

    Doc load(Path text, Path gold) throws IOException {
        String content = TextFiles.readUtf8(text);
        String stem = Json.docIdOf(text);
        LabeledDocument g = Json.read(gold);
        Set<String> names = new HashSet<>();
        for (LabeledMention m : g.mentions()) {
            if (m.type().equals("ORG") || m.type().equals("PARK")) {
                names.add(m.type() + ":" + m.start() + ":" + m.end());
            }
        }
        AnalyzedText a = analyzer.analyze(Document.of(stem, content));
        NormalizedText t = a.text();
        List<NameTrainer.Example> examples = new ArrayList<>();
        List<String> dump = new ArrayList<>();
        Set<String> reached = new HashSet<>();
        for (NameRecognizer.ScoredCandidate c : featurizer.candidates(a)) {
            String key = c.type() + ":" + t.originalStart(c.start()) + ":" + t.originalEnd(c.end());
            boolean positive = names.contains(key);
            if (positive) {
                reached.add(key);
            }
            examples.add(new NameTrainer.Example(c.features(), positive));
            dump.add("cand\t" + (positive ? 1 : 0) + "\t" + c.type() + "\t" + t.originalStart(c.start()) + "\t" + t.originalEnd(c.end())
                    + "\t" + c.text() + "\t" + String.join(" ", c.features()));
        }
        for (LabeledMention m : g.mentions()) {
            String key = m.type() + ":" + m.start() + ":" + m.end();
            if (names.contains(key) && !reached.contains(key)) {
                dump.add("missed\t1\t" + m.type() + "\t" + m.start() + "\t" + m.end() + "\t" + m.text() + "\t");
            }
        }
        return new Doc(stem, text, gold, content, examples, names.size(), reached.size(), dump);
    }

    static NameModel train(List<Doc> docs, NameTrainer.Options options, List<String> header) {
        List<NameTrainer.Example> all = new ArrayList<>();
        for (Doc d : docs) {
            all.addAll(d.examples());
        }
        return NameTrainer.train(all, options, header);
    }

    /** Trains without document {@code left}, extracts it with that model. */
    Extraction leaveOneOut(List<Doc> docs, int left, NameTrainer.Options options, double threshold) {
        List<Doc> rest = new ArrayList<>(docs);
        Doc out = rest.remove(left);
        NameModel m = train(rest, options, List.of());
        Extractor e = Extractor.builder().lexiconSet(lexicons).nameModel(m).nameThreshold(threshold).build();
        return e.extract(Document.of(out.stem(), out.content()));
    }
}
