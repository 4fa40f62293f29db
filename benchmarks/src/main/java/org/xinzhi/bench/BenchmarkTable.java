package org.xinzhi.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xinzhi.Extractor;
import org.xinzhi.recognize.Recognizer;
import org.xinzhi.segment.Segmenter;
import org.xinzhi.text.TextNormalizer;

/**
 * One run, one table: the HanLP references, each Xinzhi stage and end-to-end extraction on the
 * same texts, on 1 thread and on all cores; the fact index; cold start; peak heap. Prints Markdown
 * to stdout (progress to stderr).
 *
 * <pre>
 * java -cp benchmarks/target/classes:$(cat benchmarks/target/classpath.txt) org.xinzhi.bench.BenchmarkTable [--quick]
 * </pre>
 *
 * Options: --quick, --news-mb N, --warmup N, --iterations N, --threads 1,2, --sighan DIR,
 * --index-facts N, --index-dir DIR, --reuse-index (query an index an earlier run left in --index-dir), --queries N, --heap-mb N, --cold-runs N, --skip throughput,sighan,index,cold,heap,
 * --out FILE.
 */
public final class BenchmarkTable {

    private final Options o;
    private final StringBuilder md = new StringBuilder();

    private BenchmarkTable(Options o) {
        this.o = o;
    }

    public static void main(String[] args) {
        Locale.setDefault(Locale.ROOT);
        Options o = Options.parse(args);
        new BenchmarkTable(o).run();
    }

    private void run() {
        long start = System.nanoTime();
        Path root = BenchTexts.repoRoot();
        line("## Xinzhi benchmark");
        line("");
        line("Run " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " on " + Runtime.getRuntime().availableProcessors()
                + " cores, " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB, JVM args "
                + ManagementFactory.getRuntimeMXBean().getInputArguments() + ".");
        line("Options: " + o + ". Throughput figures: median of " + o.iterations + " timed passes after "
                + o.warmup + " warm-up passes; the workloads of a table run interleaved, one pass each per round.");
        line("");

        progress("building the extractor");
        Extractor extractor = Extractor.builder().build();
        Extractor fastExtractor = Extractor.builder().lexiconSet(extractor.lexicons()).hanlpRoleTags(false).build();
        List<Recognizer> recognizers = Workloads.recognizers(extractor);
        TextNormalizer normalizer = TextNormalizer.standard();
        Segmenter segmenter = Segmenter.withEntityRoles();
        Workloads.FactStage facts = FactStages.standard(extractor);

        List<BenchTexts.TextSet> sets = new ArrayList<>();
        sets.add(BenchTexts.repeated(BenchTexts.corpus(root.resolve("corpus/news")), o.newsMb * 1_000_000L));
        if (!o.skip.contains("sighan")) {
            Path sighan = o.sighan != null ? o.sighan : BenchTexts.sighanDir(root);
            if (Files.isDirectory(sighan)) {
                sets.add(BenchTexts.sighan(sighan, 5_000));
            } else {
                line("SIGHAN 2005 test sets not found at " + sighan + " (give --sighan DIR); skipped.");
                line("");
            }
        }
        for (BenchTexts.TextSet set : o.skip.contains("throughput") ? List.<BenchTexts.TextSet>of() : sets) {
            throughputTable(set, extractor, fastExtractor, recognizers, normalizer, segmenter, facts);
        }
        if (!o.skip.contains("index")) {
            IndexBench.run(o, root, extractor, this::line, BenchmarkTable::progress);
        }
        if (!o.skip.contains("cold")) {
            coldStart();
        }
        if (!o.skip.contains("heap")) {
            heap(root);
        }
        line("Total run time " + Math.round((System.nanoTime() - start) / 1e9) + " s.");
        if (o.out != null) {
            try {
                Files.writeString(o.out, md, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + o.out, e);
            }
        }
    }

    private void throughputTable(BenchTexts.TextSet set, Extractor extractor, Extractor fastExtractor, List<Recognizer> recognizers,
                                 TextNormalizer normalizer, Segmenter segmenter, Workloads.FactStage facts) {
        progress("preparing stage inputs for " + set.name());
        Workloads.Prepared prepared = Workloads.Prepared.of(set, extractor, recognizers);
        List<Workloads.Workload> workloads = new ArrayList<>(List.of(
                Workloads.hanlpStandard(),
                Workloads.hanlpEntities(),
                Workloads.normalize(normalizer),
                Workloads.sentences(prepared),
                Workloads.segment(segmenter, prepared),
                Workloads.recognize(recognizers, prepared)));
        if (facts != null) {
            workloads.add(Workloads.facts(facts, prepared));
        }
        // The fast mode (no HanLP role tags) is measured just before the default end-to-end row.
        workloads.add(Workloads.endToEnd("Xinzhi end-to-end, fast mode (hanlpRoleTags(false))", fastExtractor));
        workloads.add(Workloads.endToEnd(extractor));

        List<List<Runner.Throughput>> byThreads = new ArrayList<>();
        for (int t : o.threads) {
            byThreads.add(Runner.measure(set, workloads, t, o.warmup, o.iterations, BenchmarkTable::progress));
        }

        line(String.format("### %s: %.1f MB UTF-8, %,d chars, %,d documents", set.name(), set.utf8Bytes() / 1e6, set.chars(), set.docs().size()));
        line("");
        StringBuilder head = new StringBuilder("| workload |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int t : o.threads) {
            head.append(" chars/s, ").append(t).append(t == 1 ? " thread" : " threads").append(" (min–max) |");
            rule.append("---:|");
        }
        if (o.threads.length > 1) {
            head.append(" scaling ").append(o.threads[0]).append("→").append(o.threads[o.threads.length - 1]).append(" |");
            rule.append("---:|");
        }
        head.append(" chars per worker CPU-second, ").append(o.threads[0]).append(o.threads[0] == 1 ? " thread |" : " threads |");
        rule.append("---:|");
        line(head.toString());
        line(rule.toString());
        int e2e = workloads.size() - 1;
        for (int w = 0; w < workloads.size(); w++) {
            if (w == e2e && facts == null) {
                line("| Xinzhi facts | not measured: no fact extractor on this build |" + " |".repeat(byThreads.size() + 1));
            }
            StringBuilder row = new StringBuilder("| ").append(workloads.get(w).name()).append(" |");
            for (List<Runner.Throughput> r : byThreads) {
                Runner.Throughput x = r.get(w);
                row.append(' ').append(Stats.rate(x.median())).append(" (").append(Stats.rate(x.min())).append("–")
                        .append(Stats.rate(x.max())).append(") |");
            }
            if (byThreads.size() > 1) {
                double s = byThreads.get(byThreads.size() - 1).get(w).median() / byThreads.get(0).get(w).median();
                row.append(String.format(" %.2f× |", s));
            }
            row.append(' ').append(Stats.rate(byThreads.get(0).get(w).cpuMedian())).append(" |");
            line(row.toString());
        }
        for (int which : new int[] {e2e, e2e - 1}) {
            String label = which == e2e ? "end-to-end" : "fast mode";
            for (int ref = 0; ref < 2; ref++) {
                StringBuilder row = new StringBuilder("| **").append(label).append(" ÷ ")
                        .append(ref == 0 ? "HanLP standard" : "HanLP + recognition").append("** |");
                for (List<Runner.Throughput> r : byThreads) {
                    row.append(String.format(" **%.2f×** (of medians %.2f×) |", r.get(which).ratioTo(r.get(ref)), r.get(which).median() / r.get(ref).median()));
                }
                if (byThreads.size() > 1) {
                    row.append(" |");
                }
                row.append(String.format(" **%.2f×** |", byThreads.get(0).get(which).cpuMedian() / byThreads.get(0).get(ref).cpuMedian()));
                line(row.toString());
            }
        }
        line("");
        line("Ratios: median over rounds of (end-to-end pass rate ÷ reference pass rate in the same round), which cancels most of"
                + " the load other processes put on the machine; the ratio of the two medians is given beside it. The last column"
                + " divides by the CPU time of the worker threads alone (thread CPU clock; GC and JIT threads not counted), which"
                + " other processes' load hardly moves: a cross-check when the machine is shared.");
        line("");
    }

    private void coldStart() {
        progress("cold start: " + o.coldRuns + " fresh JVMs");
        double[] wall = new double[o.coldRuns];
        String last = "";
        for (int i = 0; i < o.coldRuns; i++) {
            ChildJvm.Outcome out = ChildJvm.run(List.of(), ColdStart.class, List.of(), ColdStart.MARK, 300);
            wall[i] = out.millisToMark();
            last = out.line();
        }
        Arrays.sort(wall);
        line("### Cold start");
        line("");
        line(String.format("New JVM (default settings, this class path) to first extraction result: median **%.0f ms** (min %.0f, max %.0f) over %d runs,"
                        + " timed by the parent from process spawn to the child's result line (class org.xinzhi.bench.ColdStart: builds an Extractor"
                        + " with the built-in lexicons and extracts one sentence). Last child: `%s`.",
                Stats.median(wall), wall[0], wall[wall.length - 1], o.coldRuns, last));
        line("");
    }

    private void heap(Path root) {
        line("### Peak heap while extracting " + o.heapMb + " MB");
        line("");
        line("| JVM settings | peak heap in use (MB) | sum of pool peaks (MB) | peak live heap after GC (MB) | heap committed at end (MB) | max heap (MB) | chars/s | result |");
        line("|---|---:|---:|---:|---:|---:|---:|---|");
        for (List<String> jvm : List.of(List.<String>of(), List.of("-Xmx512m"))) {
            progress("peak heap: extracting " + o.heapMb + " MB in a child JVM " + jvm);
            String label = jvm.isEmpty() ? "default" : String.join(" ", jvm);
            try {
                ChildJvm.Outcome out = ChildJvm.run(jvm, HeapProbe.class,
                        List.of("--mb", Long.toString(o.heapMb), "--root", root.toString()), HeapProbe.MARK, 3600);
                String l = out.line();
                double chars = Double.parseDouble(ChildJvm.field(l, "chars"));
                double secs = Double.parseDouble(ChildJvm.field(l, "seconds"));
                line(String.format("| %s | %s | %s | %s | %s | %s | %s | completed, %s docs, %s threads, %s s |", label,
                        ChildJvm.field(l, "peak_mb"), ChildJvm.field(l, "peak_used_mb"), ChildJvm.field(l, "peak_live_mb"), ChildJvm.field(l, "committed_mb"), ChildJvm.field(l, "max_mb"),
                        Stats.rate(chars / secs), ChildJvm.field(l, "docs"), ChildJvm.field(l, "threads"), ChildJvm.field(l, "seconds")));
            } catch (IllegalStateException e) {
                line("| " + label + " | | | | | | | FAILED: " + e.getMessage().lines().findFirst().orElse("") + " |");
            }
        }
        line("");
        line("Peak heap in use = the largest heap in use right before a GC (from GC notifications) or at the end: heap use only grows"
                + " between collections, so this is the true peak, garbage included (with a large default max heap G1 lets the young generation"
                + " grow before collecting). Sum of pool peaks = MemoryPoolMXBean peaks added up (pools peak at different times: an upper bound)."
                + " Peak live = largest heap in use right after a GC. The -Xmx512m run finishing proves the job fits in 512 MB;"
                + " the child (org.xinzhi.bench.HeapProbe) streams documents through one shared Extractor on all cores and drops each result after counting it.");
        line("");
    }

    private void line(String s) {
        System.out.println(s);
        System.out.flush();
        md.append(s).append('\n');
    }

    static void progress(String s) {
        System.err.println("[bench " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "] " + s);
    }

    /** Command-line options; {@code --quick} shrinks everything for a run of a few minutes. */
    static final class Options {
        long newsMb = 10;
        int warmup = 2;
        int iterations = 5;
        int[] threads = {1, Runtime.getRuntime().availableProcessors()};
        Path sighan;
        long indexFacts = 1_000_000;
        int queries = 2_000;
        long heapMb = 100;
        int coldRuns = 5;
        Set<String> skip = Set.of();
        Path out;
        Path indexDir;
        boolean reuseIndex;
        boolean quick;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--quick" -> {
                        o.quick = true;
                        o.newsMb = 2;
                        o.warmup = 1;
                        o.iterations = 5;
                        o.indexFacts = 100_000;
                        o.queries = 500;
                        o.heapMb = 10;
                        o.coldRuns = 3;
                    }
                    case "--news-mb" -> o.newsMb = Long.parseLong(args[++i]);
                    case "--warmup" -> o.warmup = Integer.parseInt(args[++i]);
                    case "--iterations" -> o.iterations = Integer.parseInt(args[++i]);
                    case "--threads" -> o.threads = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                    case "--sighan" -> o.sighan = Path.of(args[++i]);
                    case "--index-facts" -> o.indexFacts = Long.parseLong(args[++i]);
                    case "--index-dir" -> o.indexDir = Path.of(args[++i]);
                    case "--reuse-index" -> o.reuseIndex = true;
                    case "--queries" -> o.queries = Integer.parseInt(args[++i]);
                    case "--heap-mb" -> o.heapMb = Long.parseLong(args[++i]);
                    case "--cold-runs" -> o.coldRuns = Integer.parseInt(args[++i]);
                    case "--skip" -> o.skip = Set.of(args[++i].split(","));
                    case "--out" -> o.out = Path.of(args[++i]);
                    case "--root" -> System.setProperty("xinzhi.root", args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + a + " (see the class comment of BenchmarkTable)");
                }
            }
            if (o.iterations < 1 || o.warmup < 0 || o.threads.length == 0) {
                throw new IllegalArgumentException("need --iterations ≥ 1, --warmup ≥ 0 and at least one thread count");
            }
            return o;
        }

        @Override
        public String toString() {
            return String.format("news %d MB, threads %s, index %,d facts, %,d queries per kind, heap run %d MB, %d cold starts%s",
                    newsMb, Arrays.toString(threads), indexFacts, queries, heapMb, coldRuns, skip.isEmpty() ? "" : ", skipped " + skip);
        }
    }
}
