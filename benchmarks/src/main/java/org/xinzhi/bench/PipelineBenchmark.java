package org.xinzhi.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.xinzhi.Document;
import org.xinzhi.Extractor;
import org.xinzhi.recognize.Recognizer;
import org.xinzhi.segment.Segmenter;
import org.xinzhi.text.TextNormalizer;

/**
 * JMH view of the same workloads as {@link BenchmarkTable}: one operation is one document; the
 * secondary result {@code chars} is characters per second. Run with more threads ({@code -t 2})
 * for the scaling figure; the Xinzhi objects are shared by all threads, the HanLP references are
 * one segment per thread, as in the table.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar PipelineBenchmark -t 1
 * java -jar benchmarks/target/benchmarks.jar PipelineBenchmark -t 2 -p text=sighan
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class PipelineBenchmark {

    /** news: corpus/news once (repeats add nothing to a per-document figure); sighan: the four SIGHAN 2005 test files. */
    @Param({"news", "sighan"})
    public String text;

    List<Document> docs;
    Extractor extractor;
    TextNormalizer normalizer;
    Segmenter segmenter;
    List<Recognizer> recognizers;
    Workloads.FactStage facts;
    Workloads.Prepared prepared;

    @Setup(Level.Trial)
    public void setUp() {
        Path root = BenchTexts.repoRoot();
        BenchTexts.TextSet set;
        if (text.equals("sighan")) {
            Path dir = BenchTexts.sighanDir(root);
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("SIGHAN test sets not found at " + dir + " (set -Dxinzhi.sighan=DIR)");
            }
            set = BenchTexts.sighan(dir, 5_000);
        } else {
            set = BenchTexts.repeated(BenchTexts.corpus(root.resolve("corpus/news")), 1);
        }
        docs = set.docs();
        extractor = Extractor.builder().build();
        normalizer = TextNormalizer.standard();
        segmenter = Segmenter.withEntityRoles();
        recognizers = Workloads.recognizers(extractor);
        facts = FactStages.standard(extractor);
        prepared = Workloads.Prepared.of(set, extractor, recognizers);
    }

    /** Per-thread cursor over the documents, the chars counter JMH reports as a rate, and the HanLP references. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Cursor {
        public long chars;
        int next;
        Segment standard;
        Segment entities;

        @Setup(Level.Trial)
        public void setUp() {
            standard = HanLP.newSegment();
            entities = HanLP.newSegment().enableOrganizationRecognize(true).enablePlaceRecognize(true)
                    .enableNumberQuantifierRecognize(true);
        }

        @Setup(Level.Iteration)
        public void reset() {
            chars = 0;
        }

        Document next(List<Document> docs) {
            Document d = docs.get(next);
            next = next + 1 == docs.size() ? 0 : next + 1;
            chars += d.text().length();
            return d;
        }
    }

    @Benchmark
    public Object hanlpStandard(Cursor c) {
        return c.standard.seg(c.next(docs).text());
    }

    @Benchmark
    public Object hanlpWithRecognition(Cursor c) {
        return c.entities.seg(c.next(docs).text());
    }

    @Benchmark
    public Object normalize(Cursor c) {
        return normalizer.normalize(c.next(docs).text());
    }

    @Benchmark
    public Object segment(Cursor c) {
        Workloads.Stages s = prepared.of(c.next(docs));
        return segmenter.segment(s.normalized().normalized(), s.sentences());
    }

    @Benchmark
    public Object recognize(Cursor c) {
        return Workloads.recognizeAll(recognizers, prepared.of(c.next(docs)).analyzed());
    }

    @Benchmark
    public void facts(Cursor c, Blackhole bh) {
        Workloads.Stages s = prepared.of(c.next(docs));
        bh.consume(facts == null ? 0 : facts.extract(s.analyzed(), s.mentions()));
    }

    @Benchmark
    public Object endToEnd(Cursor c) {
        return extractor.extract(c.next(docs));
    }
}
