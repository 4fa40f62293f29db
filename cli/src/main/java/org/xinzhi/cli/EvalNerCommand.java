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
        description = {"Scores ORG recognition on the MSRA NER test set (msra-ner/msra_test_bio.txt, ORG label, char BIO)",
            "and the CLUENER2020 dev set (cluener2020/dev.json; organization + company + government = ORG;",
            "offsets there are end-inclusive) for Xinzhi and for plain HanLP (nt* tags), exact span P/R/F1.",
            "Exit code: 0 scored, 1 a benchmark file could not be read, 2 usage error."})
final class EvalNerCommand implements Callable<Integer> {

    static final Set<String> CLUENER_ORG = Set.of("organization", "company", "government");

    @Spec
    CommandSpec spec;

    @Option(names = "--benchmarks", paramLabel = "DIR", defaultValue = "../shared/benchmarks",
            description = "Folder holding msra-ner/ and cluener2020/ (default: ${DEFAULT-VALUE}).")
    Path benchmarks;

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
        Path msraFile = benchmarks.resolve("msra-ner/msra_test_bio.txt");
        Path clueFile = benchmarks.resolve("cluener2020/dev.json");
        if (!Files.isRegularFile(msraFile) && !Files.isRegularFile(clueFile)) {
            spec.commandLine().getErr().println("xinzhi eval-ner: no benchmark files under " + benchmarks.toAbsolutePath()
                    + " (expected msra-ner/msra_test_bio.txt, cluener2020/dev.json)");
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
            if (Files.isRegularFile(msraFile)) {
                List<NerBenchmarks.Sentence> msra = cut(NerBenchmarks.msra(msraFile));
                row(out, "MSRA test (msra_test_bio.txt)", msra, "Xinzhi", xinzhiOrgs);
                row(out, "MSRA test (msra_test_bio.txt)", msra, "HanLP nt*", hanlpOrgs);
            }
            if (Files.isRegularFile(clueFile)) {
                List<NerBenchmarks.Sentence> clue = cut(NerBenchmarks.cluener(clueFile, CLUENER_ORG));
                row(out, "CLUENER2020 dev", clue, "Xinzhi", xinzhiOrgs);
                row(out, "CLUENER2020 dev", clue, "HanLP nt*", hanlpOrgs);
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
