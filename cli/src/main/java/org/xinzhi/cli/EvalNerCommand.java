package org.xinzhi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.xinzhi.Document;
import org.xinzhi.Extractor;
import org.xinzhi.eval.DocumentScore;
import org.xinzhi.eval.Evaluator;
import org.xinzhi.eval.Score;
import org.xinzhi.json.Json;
import org.xinzhi.json.LabeledDocument;
import org.xinzhi.json.LabeledMention;
import org.xinzhi.segment.Segmenter;
import org.xinzhi.segment.Token;
import org.xinzhi.text.Script;
import org.xinzhi.text.TextNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code xinzhi eval-ner} (alias {@code bench-ner}): exact-span precision/recall/F1 of names (and, on
 * the gold folders, money and percentages) on public NER test sets and on the project's own gold
 * folders, for Xinzhi and for plain HanLP (its organization role tags, nt*) in the same run, scored by
 * {@link Evaluator}.
 */
@Command(name = "eval-ner", aliases = "bench-ner", mixinStandardHelpOptions = true,
        description = {"Scores recognition, exact span P/R/F1, for Xinzhi and for plain HanLP (nt* tags = ORG) on:",
            "  msra          MSRA NER test (benchmarks/msra-ner/msra_test_bio.txt, ORG label, char BIO);",
            "  cluener       CLUENER2020 dev (benchmarks/cluener2020/dev.json; organization + company +",
            "                government = ORG; offsets there are end-inclusive);",
            "  uner-gsd      Universal NER Chinese GSD test, traditional (benchmarks/uner-zh/GSD/zh_gsd-ud-test.iob2);",
            "  uner-gsdsimp  the same sentences in simplified script (uner-zh/GSDSIMP/zh_gsdsimp-ud-test.iob2);",
            "  corpus        the seed articles (corpus/news + corpus/gold): ORG, PARK, MONEY, PERCENT;",
            "  devnews       the development news (devnews/docs + devnews/gold): the same types, also by script.",
            "On corpus and devnews Xinzhi reads its predictions from --loo DIR when given (train-names --loo),",
            "else runs the shipped name model, which was trained on those documents; the output says which.",
            "Plain HanLP has no PARK, MONEY or PERCENT type: '–'. Sets whose files are missing are named on",
            "stderr and skipped.",
            "Exit code: 0 scored, 1 no set found or a file could not be read, 2 usage error."})
final class EvalNerCommand implements Callable<Integer> {

    static final Set<String> CLUENER_ORG = Set.of("organization", "company", "government");
    static final List<String> ORG_ONLY = List.of("ORG");
    static final List<String> GOLD_TYPES = List.of("ORG", "PARK", "MONEY", "PERCENT");

    /** Where a set's files are. */
    enum Root { BENCHMARKS, SHARED, CORPUS }

    /** Reads one set into gold documents. */
    interface Reader {
        List<NerBenchmarks.GoldDocument> read(Path file) throws IOException;
    }

    /**
     * One test set.
     *
     * @param id     the name {@code --set} takes
     * @param label  the name in the table
     * @param root   the folder {@code file} is under
     * @param file   its file (or folder) under {@code root}
     * @param types  the types scored
     * @param folder whether it is a gold folder of whole documents (--loo applies, rows by script)
     */
    record Benchmark(String id, String label, Root root, String file, List<String> types, boolean folder,
                     Reader reader) {
    }

    /** Every set, in table order. */
    static final List<Benchmark> BENCHMARKS = List.of(
            new Benchmark("devnews", "devnews", Root.SHARED, "devnews", GOLD_TYPES, true,
                    d -> NerBenchmarks.goldFolder(d.resolve("docs"), d.resolve("gold"))),
            new Benchmark("corpus", "corpus/ seeds", Root.CORPUS, ".", GOLD_TYPES, true,
                    d -> NerBenchmarks.goldFolder(d.resolve("news"), d.resolve("gold"))),
            new Benchmark("uner-gsd", "UNER zh GSD test (traditional)", Root.BENCHMARKS,
                    "uner-zh/GSD/zh_gsd-ud-test.iob2", ORG_ONLY, false, f -> sentences(NerBenchmarks.uner(f))),
            new Benchmark("uner-gsdsimp", "UNER zh GSDSIMP test (simplified)", Root.BENCHMARKS,
                    "uner-zh/GSDSIMP/zh_gsdsimp-ud-test.iob2", ORG_ONLY, false, f -> sentences(NerBenchmarks.uner(f))),
            new Benchmark("msra", "MSRA NER test", Root.BENCHMARKS, "msra-ner/msra_test_bio.txt", ORG_ONLY, false,
                    f -> sentences(NerBenchmarks.msra(f))),
            new Benchmark("cluener", "CLUENER2020 dev (org+company+gov)", Root.BENCHMARKS, "cluener2020/dev.json",
                    ORG_ONLY, false, f -> sentences(NerBenchmarks.cluener(f, CLUENER_ORG))));

    @Spec
    CommandSpec spec;

    @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
            description = "Folder holding benchmarks/ and devnews/ (default: ${DEFAULT-VALUE}).")
    Path shared;

    @Option(names = "--benchmarks", paramLabel = "DIR",
            description = "Folder holding msra-ner/, cluener2020/ and uner-zh/ (default: SHARED/benchmarks).")
    Path benchmarks;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
            description = "Folder holding news/ and gold/ of the seed articles (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--loo", paramLabel = "DIR",
            description = "Leave-one-document-out predictions (stem.jsonl, from train-names --loo) for corpus and devnews.")
    Path loo;

    @Option(names = "--set", paramLabel = "ID", split = ",",
            description = "Only these sets (devnews, corpus, uner-gsd, uner-gsdsimp, msra, cluener; default: all).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Score only the first N sentences (documents) of each set (0 = all); the output says so.")
    int limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> known = BENCHMARKS.stream().map(Benchmark::id).toList();
        for (String id : sets) {
            if (!known.contains(id)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "unknown --set " + id + " (known: " + String.join(", ", known) + ")");
            }
        }
        if (loo != null && !Files.isDirectory(loo)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--loo " + loo + ": no such folder");
        }
        List<Benchmark> chosen = new ArrayList<>();
        for (Benchmark b : BENCHMARKS) {
            if (!sets.isEmpty() && !sets.contains(b.id())) {
                continue;
            }
            if (Files.exists(path(b))) {
                chosen.add(b);
            } else {
                err.println("xinzhi eval-ner: skipped " + b.id() + ": no " + path(b));
            }
        }
        if (chosen.isEmpty()) {
            err.println("xinzhi eval-ner: no test set found (--shared " + shared.toAbsolutePath() + ")");
            return 1;
        }
        Extractor xinzhi = Extractor.builder().includeTokens(false).build();
        Segmenter hanlp = Segmenter.withEntityRoles();
        Function<NerBenchmarks.GoldDocument, LabeledDocument> shipped = d -> labeled(d.gold().docId(),
                Json.toJsonLines(xinzhi.extract(Document.of(d.gold().docId(), d.text()))));
        Function<NerBenchmarks.GoldDocument, LabeledDocument> plainHanlp = d -> hanlpOrgs(hanlp, d);
        if (chosen.stream().anyMatch(Benchmark::folder)) {
            out.println(loo != null
                    ? "Xinzhi on corpus/devnews: leave-one-document-out predictions read from " + loo
                    : "Xinzhi on corpus/devnews: the shipped name model, trained on these documents (not a figure for unseen news)");
        }
        if (limit > 0) {
            out.println("Only the first " + limit + " sentences (documents) of each set are scored (--limit).");
        }
        out.println("| test set | sentences/docs | type | gold | Xinzhi P | Xinzhi R | Xinzhi F1 | HanLP P | HanLP R | HanLP F1 |");
        out.println("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        try {
            for (Benchmark b : chosen) {
                List<NerBenchmarks.GoldDocument> docs = cut(b.reader().read(path(b)));
                List<LabeledDocument> gold = docs.stream().map(NerBenchmarks.GoldDocument::gold).toList();
                List<LabeledDocument> x = new ArrayList<>();
                List<LabeledDocument> h = new ArrayList<>();
                for (NerBenchmarks.GoldDocument d : docs) {
                    x.add(b.folder() && loo != null ? looPrediction(d) : shipped.apply(d));
                    h.add(plainHanlp.apply(d));
                }
                rows(out, b.label(), b.types(), gold, x, h);
                if (b.folder()) {
                    for (Script script : List.of(Script.SIMPLIFIED, Script.TRADITIONAL)) {
                        List<Integer> of = new ArrayList<>();
                        for (int i = 0; i < docs.size(); i++) {
                            if (TextNormalizer.standard().normalize(docs.get(i).text()).script() == script) {
                                of.add(i);
                            }
                        }
                        if (!of.isEmpty() && of.size() < docs.size()) {
                            rows(out, b.label() + ", " + script.name().toLowerCase(Locale.ROOT), List.of("ORG", "PARK"),
                                    of.stream().map(gold::get).toList(), of.stream().map(x::get).toList(),
                                    of.stream().map(h::get).toList());
                        }
                    }
                }
            }
        } catch (IOException e) {
            err.println("xinzhi eval-ner: " + TextFiles.reason(e));
            return 1;
        } catch (java.io.UncheckedIOException e) {
            err.println("xinzhi eval-ner: " + TextFiles.reason(e.getCause()));
            return 1;
        }
        out.flush();
        return 0;
    }

    private Path path(Benchmark b) {
        Path root = switch (b.root()) {
            case BENCHMARKS -> benchmarks != null ? benchmarks : shared.resolve("benchmarks");
            case SHARED -> shared;
            case CORPUS -> corpus;
        };
        return root.resolve(b.file()).normalize();
    }

    private List<NerBenchmarks.GoldDocument> cut(List<NerBenchmarks.GoldDocument> all) {
        return limit > 0 && all.size() > limit ? all.subList(0, limit) : all;
    }

    private LabeledDocument looPrediction(NerBenchmarks.GoldDocument d) {
        Path f = loo.resolve(d.gold().docId() + ".jsonl");
        try {
            LabeledDocument p = Json.read(f);
            return new LabeledDocument(d.gold().docId(), p.mentions(), p.facts());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(
                    new IOException("--loo: no leave-one-out prediction " + f + " (" + TextFiles.reason(e) + ")", e));
        }
    }

    private static LabeledDocument labeled(String id, String jsonLines) {
        try {
            return Json.read(new StringReader(jsonLines), id, id);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Plain HanLP: every token it tags as an organization (nt*) is an ORG mention. */
    static LabeledDocument hanlpOrgs(Segmenter hanlp, NerBenchmarks.GoldDocument d) {
        List<LabeledMention> orgs = new ArrayList<>();
        for (Token t : hanlp.segment(d.text())) {
            if (t.isOrganization()) {
                orgs.add(new LabeledMention("ORG", t.start(), t.end(), t.text(), null, null, null, null));
            }
        }
        return new LabeledDocument(d.gold().docId(), orgs, List.of());
    }

    static List<NerBenchmarks.GoldDocument> sentences(List<NerBenchmarks.Sentence> sentences) {
        List<NerBenchmarks.GoldDocument> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            NerBenchmarks.Sentence s = sentences.get(i);
            List<LabeledMention> orgs = new ArrayList<>();
            for (int[] span : s.orgs()) {
                orgs.add(new LabeledMention("ORG", span[0], span[1], s.text().substring(span[0], span[1]),
                        null, null, null, null));
            }
            out.add(new NerBenchmarks.GoldDocument(s.text(), new LabeledDocument("s" + i, orgs, List.of())));
        }
        return out;
    }

    private static void rows(PrintWriter out, String set, List<String> types, List<LabeledDocument> gold,
                             List<LabeledDocument> xinzhi, List<LabeledDocument> hanlp) {
        DocumentScore x = Evaluator.evaluate(gold, xinzhi).overall();
        DocumentScore h = Evaluator.evaluate(gold, hanlp).overall();
        for (String type : types) {
            Score xs = x.exact(type);
            if (xs.gold() == 0 && !type.equals("ORG")) {
                continue;
            }
            Score hs = h.exact(type);
            String hanlpCells = type.equals("ORG") ? cells(hs) : "– | – | –";
            out.printf(Locale.ROOT, "| %s | %d | %s | %d | %s | %s |%n", set, gold.size(), type, xs.gold(), cells(xs),
                    hanlpCells);
        }
        out.flush();
    }

    private static String cells(Score s) {
        return String.format(Locale.ROOT, "%.3f | %.3f | %.3f", s.precision(), s.recall(), s.f1());
    }
}
