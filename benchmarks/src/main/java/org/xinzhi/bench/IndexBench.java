package org.xinzhi.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.xinzhi.Document;
import org.xinzhi.Extraction;
import org.xinzhi.Extractor;
import org.xinzhi.model.Fact;
import org.xinzhi.index.FactIndex;
import org.xinzhi.index.FactQuery;
import org.xinzhi.model.MentionType;

/**
 * Indexing rate and query latency on the on-disk fact index. The index holds at least N facts made
 * by extracting corpus/news repeated under varied document ids: extraction is deterministic, so each
 * distinct document is extracted once and its facts are indexed again under every copy's id (the
 * same facts a full extraction of the repeated corpus gives, without re-running the extractor a
 * hundred thousand times; the extraction rate is measured in the throughput table).
 */
final class IndexBench {

    /** Documents between commits while bulk indexing (the index's default, 100, is for interactive use). */
    static final int BULK_COMMIT_EVERY = 5_000;

    private IndexBench() {
    }

    static void run(BenchmarkTable.Options o, Path root, Extractor extractor, Consumer<String> line, Consumer<String> progress) {
        line.accept("### Fact index");
        line.accept("");
        List<Extraction> once = new ArrayList<>();
        long factsPerCopy = 0;
        for (Document d : BenchTexts.corpus(root.resolve("corpus/news"))) {
            Extraction e = extractor.extract(d);
            once.add(e);
            factsPerCopy += e.facts().size();
        }
        if (factsPerCopy == 0) {
            line.accept("Not measured: the extractor finds no facts in corpus/news on this build.");
            line.accept("");
            return;
        }
        long copies = (o.indexFacts + factsPerCopy - 1) / factsPerCopy;
        Path dir = o.indexDir;
        if (o.reuseIndex && dir != null && Files.isDirectory(dir)) {
            try (FactIndex index = FactIndex.openReadOnly(dir)) {
                line.accept(String.format("Indexing not measured in this run: queries on the existing index %s (%,d facts, %.0f MB),"
                        + " built by an earlier run with the same options.", dir, index.size(), size(dir) / 1e6));
                line.accept("");
                queries(o, index, once, line, progress);
                return;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        boolean temporary = dir == null;
        try {
            if (temporary) {
                dir = Files.createTempDirectory("xinzhi-bench-index");
            } else if (Files.exists(dir)) {
                deleteTree(dir);
            }
            int threads = Runtime.getRuntime().availableProcessors();
            progress.accept(String.format("indexing %,d copies × %,d facts on %d threads into %s", copies, factsPerCopy, threads, dir));
            AtomicLong next = new AtomicLong();
            AtomicLong indexed = new AtomicLong();
            long t0 = System.nanoTime();
            try (FactIndex index = FactIndex.open(dir, BULK_COMMIT_EVERY)) {
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                List<Future<?>> running = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    running.add(pool.submit(() -> {
                        long r;
                        while ((r = next.getAndIncrement()) < copies) {
                            for (Extraction e : once) {
                                String id = String.format("r%06d/%s", r, e.docId());
                                List<Fact> facts = new ArrayList<>(e.facts().size());
                                for (Fact f : e.facts()) {
                                    facts.add(new Fact(id, f.subject(), f.predicate(), f.value(), f.time(), f.sentenceStart(), f.sentenceEnd(), f.sentence()));
                                }
                                index.index(id, facts);
                                indexed.addAndGet(facts.size());
                            }
                            if (r % 2_000 == 0) {
                                progress.accept(String.format("  %,d facts indexed", indexed.get()));
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : running) {
                    f.get();
                }
                pool.shutdown();
                index.commit();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long bytes = size(dir);
            try (FactIndex index = FactIndex.openReadOnly(dir)) {
                int size = index.size();
                line.accept(String.format("Indexed %,d facts (%,d copies of the %,d facts extracted from corpus/news, %,d documents) on %d threads"
                                + " with a commit every %,d documents: **%,.0f facts/s** (%.1f s including the final commit); index on disk %.0f MB,"
                                + " %,d facts searchable.", indexed.get(), copies, factsPerCopy, copies * once.size(), threads, BULK_COMMIT_EVERY,
                        indexed.get() / seconds, seconds, bytes / 1e6, size));
                line.accept("");
                queries(o, index, once, line, progress);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("index benchmark failed: " + e, e);
        } finally {
            if (temporary && dir != null) {
                deleteTree(dir);
            }
        }
    }

    private static void queries(BenchmarkTable.Options o, FactIndex index, List<Extraction> once, Consumer<String> line,
                                Consumer<String> progress) throws IOException {
        Set<String> subjects = new LinkedHashSet<>();
        List<BigDecimal> money = new ArrayList<>();
        for (Extraction e : once) {
            for (Fact f : e.facts()) {
                subjects.add(f.subject().canonical() != null ? f.subject().canonical() : f.subject().text());
                if (f.value().type() == MentionType.MONEY && f.value().value() != null) {
                    money.add(f.value().value());
                }
            }
        }
        List<String> subjectList = new ArrayList<>(subjects);
        if (money.isEmpty()) {
            money.add(BigDecimal.valueOf(100_000_000L));
        }
        List<String> facetFields = List.of("subject", "predicate", "unit", "year");
        List<QueryKind> kinds = List.of(
                new QueryKind("term: subject:X (top 10 hits, stored facts read)", i ->
                        index.search(FactQuery.builder().subject(subjectList.get(i % subjectList.size())).limit(10).build()).size()),
                new QueryKind("range: MONEY value in [v/2, 2v] (top 10)", i -> {
                    BigDecimal v = money.get(i % money.size());
                    return index.search(FactQuery.builder().valueType(MentionType.MONEY)
                            .valueRange(v.divide(BigDecimal.valueOf(2)), true, v.multiply(BigDecimal.valueOf(2)), true).limit(10).build()).size();
                }),
                new QueryKind("faceted: counts by subject/predicate/unit/year over MONEY facts (top 10 values)", i ->
                        index.facets(facetFields.get(i % facetFields.size()),
                                FactQuery.builder().valueType(MentionType.MONEY).limit(10).build()).size()));
        line.accept(String.format("Query latency on %,d facts, one thread, after %d warm-up queries per kind; %,d timed queries per kind:", index.size(),
                Math.min(200, o.queries), o.queries));
        line.accept("");
        line.accept("| query | p50 (ms) | p99 (ms) | mean hits/values |");
        line.accept("|---|---:|---:|---:|");
        for (QueryKind k : kinds) {
            progress.accept("queries: " + k.name);
            long sink = 0;
            for (int i = 0; i < Math.min(200, o.queries); i++) {
                sink += k.run.apply(i);
            }
            long[] ns = new long[o.queries];
            long hits = 0;
            for (int i = 0; i < o.queries; i++) {
                long t0 = System.nanoTime();
                hits += k.run.apply(i);
                ns[i] = System.nanoTime() - t0;
            }
            Arrays.sort(ns);
            line.accept(String.format("| %s | %.2f | %.2f | %.1f |", k.name, Stats.percentile(ns, 50) / 1e6, Stats.percentile(ns, 99) / 1e6,
                    hits / (double) o.queries + sink * 0));
        }
        line.accept("");
    }

    private record QueryKind(String name, IoFunction run) {
    }

    @FunctionalInterface
    private interface IoFunction {
        int apply(int i) throws IOException;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
