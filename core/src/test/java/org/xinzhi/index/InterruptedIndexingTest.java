package org.xinzhi.index;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinzhi.model.Fact;
import org.xinzhi.model.MentionType;

/** A real indexer process killed part way, then run again, leaves exactly one copy of each fact. */
class InterruptedIndexingTest {

    static final int DOCUMENTS = 120;
    static final int FACTS_PER_DOCUMENT = 4;

    @TempDir
    Path tmp;

    @Test
    void killedRunThenRerunLeavesOneCopyOfEachFact() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("facts"));
        Set<String> expected = new HashSet<>();
        for (int d = 0; d < DOCUMENTS; d++) {
            String docId = String.format("doc%03d", d);
            StringBuilder lines = new StringBuilder();
            for (int k = 0; k < FACTS_PER_DOCUMENT; k++) {
                String sentence = "2024年临港新片区第" + k + "项产值达到" + (d + 1) + "亿元。";
                Fact f = TestFacts.fact(docId, k * 100, sentence, MentionType.PARK, "临港新片区", "临港新片区", "产值",
                        MentionType.MONEY, (d + 1) + "亿元", (d + 1) + "00000000", "CNY", 2024);
                lines.append(StoredFact.toJson(f)).append('\n');
                expected.add(f.id());
            }
            Files.writeString(folder.resolve(docId + ".jsonl"), lines, StandardCharsets.UTF_8);
        }
        Path indexDir = tmp.resolve("index");

        // First run: commit every 5 documents, slowed down so the kill lands mid-run.
        Process first = start(folder, indexDir, 5, 20);
        int seen = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (seen < 37 && (line = out.readLine()) != null) {
                if (line.startsWith("indexed ")) {
                    seen++;
                }
            }
            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(seen).isEqualTo(37);

        // What the killed run left: whole documents only, and not all of them.
        Map<String, Integer> perDoc = factsPerDocument(indexDir);
        int afterKill = perDoc.values().stream().mapToInt(Integer::intValue).sum();
        // Commits come every 5 documents, so the 35 documents before the last report are durable.
        assertThat(afterKill).isBetween(35 * FACTS_PER_DOCUMENT, DOCUMENTS * FACTS_PER_DOCUMENT - 1);
        assertThat(perDoc.values()).allMatch(n -> n == FACTS_PER_DOCUMENT);

        // Second run to the end.
        Process second = start(folder, indexDir, 5, 0);
        String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).as(output).isZero();
        assertThat(output).endsWith("done\n");

        try (FactIndex index = FactIndex.openReadOnly(indexDir)) {
            assertThat(index.size()).isEqualTo(DOCUMENTS * FACTS_PER_DOCUMENT);
            List<String> ids = new ArrayList<>();
            for (FactHit h : index.search(FactQuery.builder().limit(10_000).build())) {
                ids.add(h.fact().id());
            }
            assertThat(ids).hasSize(DOCUMENTS * FACTS_PER_DOCUMENT).doesNotHaveDuplicates();
            assertThat(new HashSet<>(ids)).isEqualTo(expected);
        }
    }

    private static Map<String, Integer> factsPerDocument(Path indexDir) throws IOException {
        Map<String, Integer> perDoc = new HashMap<>();
        try (FactIndex index = FactIndex.openReadOnly(indexDir)) {
            for (FactHit h : index.search(FactQuery.builder().limit(10_000).build())) {
                perDoc.merge(h.docId(), 1, Integer::sum);
            }
        }
        return perDoc;
    }

    private static Process start(Path folder, Path indexDir, int commitEvery, int pauseMillis) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                IndexerProcess.class.getName(), folder.toString(), indexDir.toString(),
                String.valueOf(commitEvery), String.valueOf(pauseMillis));
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }
}
