package org.xinzhi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.xinzhi.Document;
import org.xinzhi.Extractor;
import org.xinzhi.model.Mention;
import org.xinzhi.model.MentionType;
import org.xinzhi.segment.Segmenter;
import org.xinzhi.segment.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code xinzhi eval-ner}: exact-span ORG precision/recall/F1 on public NER test sets, for Xinzhi and
 * for plain HanLP (its organization role tags, nt*) in the same run, by the same scorer.
 */
@Command(name = "eval-ner", mixinStandardHelpOptions = true,
        description = {"Scores ORG recognition, exact span P/R/F1, for Xinzhi and for plain HanLP (nt* tags) on:",
            "  msra          MSRA NER test (msra-ner/msra_test_bio.txt, ORG label, char BIO);",
            "  cluener       CLUENER2020 dev (cluener2020/dev.json; organization + company + government = ORG;",
            "                offsets there are end-inclusive);",
            "  uner-gsd      Universal NER Chinese GSD test, traditional (uner-zh/GSD/zh_gsd-ud-test.iob2, word IOB2);",
            "  uner-gsdsimp  the same sentences in simplified script (uner-zh/GSDSIMP/zh_gsdsimp-ud-test.iob2).",
            "Sets whose file is missing are named on stderr and skipped.",
            "Exit code: 0 scored, 1 no set found or a benchmark file could not be read, 2 usage error."})
final class EvalNerCommand implements Callable<Integer> {

    static final Set<String> CLUENER_ORG = Set.of("organization", "company", "government");

    /** Reads one test set into sentences with gold ORG spans. */
    interface Reader {
        List<NerBenchmarks.Sentence> read(Path file) throws IOException;
    }

    /**
     * One public test set.
     *
     * @param id    the name {@code --set} takes
     * @param label the name in the table
     * @param file  its path under the benchmarks folder
     */
    record Benchmark(String id, String label, String file, Reader reader) {
    }

    /** Every test set, in table order. */
    static final List<Benchmark> BENCHMARKS = List.of(
            new Benchmark("msra", "MSRA test (msra_test_bio.txt)", "msra-ner/msra_test_bio.txt", NerBenchmarks::msra),
            new Benchmark("cluener", "CLUENER2020 dev", "cluener2020/dev.json", f -> NerBenchmarks.cluener(f, CLUENER_ORG)),
            new Benchmark("uner-gsd", "UNER zh GSD test (traditional)", "uner-zh/GSD/zh_gsd-ud-test.iob2", NerBenchmarks::uner),
            new Benchmark("uner-gsdsimp", "UNER zh GSDSIMP test (simplified)", "uner-zh/GSDSIMP/zh_gsdsimp-ud-test.iob2",
                    NerBenchmarks::uner));

    @Spec
    CommandSpec spec;

    @Option(names = "--benchmarks", paramLabel = "DIR", defaultValue = "../shared/benchmarks",
            description = "Folder holding msra-ner/, cluener2020/ and uner-zh/ (default: ${DEFAULT-VALUE}).")
    Path benchmarks;

    @Option(names = "--set", paramLabel = "ID", split = ",",
            description = "Only these sets (msra, cluener, uner-gsd, uner-gsdsimp; default: all).")
    List<String> sets = new java.util.ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Score only the first N sentences of each set (0 = all).")
    int limit;

    /** Exact-span counts. */
    record Score(long tp, long fp, long fn) {
        double precision() {
            return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

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
        List<Benchmark> chosen = new java.util.ArrayList<>();
        for (Benchmark b : BENCHMARKS) {
            if (!sets.isEmpty() && !sets.contains(b.id())) {
                continue;
            }
            if (Files.isRegularFile(benchmarks.resolve(b.file()))) {
                chosen.add(b);
            } else {
                err.println("xinzhi eval-ner: skipped " + b.id() + ": no " + benchmarks.resolve(b.file()));
            }
        }
        if (chosen.isEmpty()) {
            err.println("xinzhi eval-ner: no benchmark files under " + benchmarks.toAbsolutePath());
            return 1;
        }
        Extractor xinzhi = Extractor.builder().includeTokens(false).build();
        Segmenter hanlp = Segmenter.withEntityRoles();
        Function<String, Set<Long>> xinzhiOrgs = text -> {
            Set<Long> spans = new HashSet<>();
            for (Mention m : xinzhi.extract(Document.of("s", text)).mentions()) {
                if (m.type() == MentionType.ORG) {
                    spans.add(key(m.start(), m.end()));
                }
            }
            return spans;
        };
        Function<String, Set<Long>> hanlpOrgs = text -> {
            Set<Long> spans = new HashSet<>();
            for (Token t : hanlp.segment(text)) {
                if (t.isOrganization()) {
                    spans.add(key(t.start(), t.end()));
                }
            }
            return spans;
        };
        out.println("| test set | sentences | gold ORG | system | P | R | F1 |");
        out.println("|---|---:|---:|---|---:|---:|---:|");
        try {
            for (Benchmark b : chosen) {
                List<NerBenchmarks.Sentence> sentences = cut(b.reader().read(benchmarks.resolve(b.file())));
                row(out, b.label(), sentences, "Xinzhi", xinzhiOrgs);
                row(out, b.label(), sentences, "HanLP nt*", hanlpOrgs);
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("xinzhi eval-ner: " + TextFiles.reason(e));
            return 1;
        }
        out.flush();
        return 0;
    }

    private List<NerBenchmarks.Sentence> cut(List<NerBenchmarks.Sentence> all) {
        return limit > 0 && all.size() > limit ? all.subList(0, limit) : all;
    }

    static Score score(List<NerBenchmarks.Sentence> sentences, Function<String, Set<Long>> system) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (NerBenchmarks.Sentence s : sentences) {
            Set<Long> gold = new HashSet<>();
            for (int[] span : s.orgs()) {
                gold.add(key(span[0], span[1]));
            }
            Set<Long> found = system.apply(s.text());
            for (Long k : found) {
                if (gold.contains(k)) {
                    tp++;
                } else {
                    fp++;
                }
            }
            for (Long k : gold) {
                if (!found.contains(k)) {
                    fn++;
                }
            }
        }
        return new Score(tp, fp, fn);
    }

    private static void row(PrintWriter out, String set, List<NerBenchmarks.Sentence> sentences, String name,
                            Function<String, Set<Long>> system) {
        long gold = sentences.stream().mapToLong(s -> s.orgs().size()).sum();
        Score sc = score(sentences, system);
        out.printf(Locale.ROOT, "| %s | %d | %d | %s | %.3f | %.3f | %.3f |%n", set, sentences.size(), gold, name,
                sc.precision(), sc.recall(), sc.f1());
        out.flush();
    }

    private static long key(int start, int end) {
        return ((long) start << 32) | end;
    }
}
