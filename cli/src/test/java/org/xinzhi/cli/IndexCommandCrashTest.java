package org.xinzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinzhi.Document;
import org.xinzhi.Extractor;
import org.xinzhi.model.Fact;
import org.xinzhi.index.FactHit;
import org.xinzhi.index.FactIndex;
import org.xinzhi.index.FactQuery;
import org.xinzhi.json.Json;

/**
 * {@code xinzhi index} in its own process, killed part way through a folder of news, then run
 * again: the index holds exactly one copy of each fact the extractor finds.
 */
class IndexCommandCrashTest {

    static final int COPIES = 2;

    @TempDir
    Path tmp;

    @Test
    void killedIndexRunThenRerunLeavesOneCopyOfEachFact() throws Exception {
        Path corpus = Path.of(System.getProperty("xinzhi.root", ".."), "corpus", "news");
        Path news = Files.createDirectories(tmp.resolve("news"));
        List<Path> originals;
        try (Stream<Path> s = Files.list(corpus)) {
            originals = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (int c = 0; c < COPIES; c++) {
            for (Path p : originals) {
                Files.copy(p, news.resolve("c" + c + "_" + p.getFileName()));
            }
        }
        int total = COPIES * originals.size();

        // What one clean extraction finds: the facts per document.
        Extractor extractor = Extractor.builder().build();
        Map<String, Set<String>> expected = new HashMap<>();
        try (Stream<Path> s = Files.list(news)) {
            for (Path f : s.sorted().toList()) {
                Set<String> ids = new HashSet<>();
                for (Fact fact : extractor.extract(Document.of(Json.docIdOf(f), Files.readString(f))).facts()) {
                    ids.add(fact.id());
                }
                expected.put(Json.docIdOf(f), ids);
            }
        }
        Set<String> allExpected = new HashSet<>();
        expected.values().forEach(allExpected::addAll);
        assertThat(allExpected).isNotEmpty();

        Path index = tmp.resolve("index");
        // First run, committing every 2 documents; killed once the progress bar reports 5 done.
        Process first = start(index, news);
        int reported = 0;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(first.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while (reported < 5 && (line = err.readLine()) != null) {
                reported = Math.max(reported, done(line, total));
            }
            first.destroyForcibly();
            assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(reported).isGreaterThanOrEqualTo(5);

        Map<String, Set<String>> afterKill = factsByDocument(index);
        // Whole documents only, some (4 were committed before the 5th report) but not all of them.
        assertThat(afterKill).isNotEmpty();
        for (Map.Entry<String, Set<String>> e : afterKill.entrySet()) {
            assertThat(e.getValue()).as(e.getKey()).isEqualTo(expected.get(e.getKey()));
        }
        long docsWithFacts = expected.values().stream().filter(s -> !s.isEmpty()).count();
        assertThat(afterKill.size()).isLessThan((int) docsWithFacts);

        // Second run to the end.
        Process second = start(index, news);
        second.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(second.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).isZero();

        List<String> ids = new ArrayList<>();
        try (FactIndex fi = FactIndex.openReadOnly(index)) {
            for (FactHit h : fi.search(FactQuery.builder().limit(100_000).build())) {
                ids.add(h.fact().id());
            }
        }
        assertThat(ids).doesNotHaveDuplicates().hasSize(allExpected.size());
        assertThat(new HashSet<>(ids)).isEqualTo(allExpected);
    }

    /** "index [####---] 5/10 50%" → 5. */
    private static int done(String progressLine, int total) {
        int slash = progressLine.indexOf("/" + total + " ");
        if (!progressLine.startsWith("index [") || slash < 0) {
            return 0;
        }
        int start = progressLine.lastIndexOf(' ', slash) + 1;
        return Integer.parseInt(progressLine.substring(start, slash));
    }

    private static Map<String, Set<String>> factsByDocument(Path index) throws IOException {
        Map<String, Set<String>> out = new HashMap<>();
        try (FactIndex fi = FactIndex.openReadOnly(index)) {
            for (FactHit h : fi.search(FactQuery.builder().limit(100_000).build())) {
                out.computeIfAbsent(h.docId(), k -> new HashSet<>()).add(h.fact().id());
            }
        }
        return out;
    }

    private static Process start(Path index, Path news) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                XinzhiCommand.class.getName(), "index", "--index", index.toString(), "--commit-every", "2", news.toString());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }
}
