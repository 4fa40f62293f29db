package org.xinzhi.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.xinzhi.model.Fact;

/**
 * A separate indexer process for the crash test: indexes a folder of fact files (one file per
 * document, one stored-fact JSON line per fact) and reports each document on stdout, so the test
 * can kill it part way.
 *
 * <p>Arguments: folder, index directory, commit every N documents, pause in ms after each document.
 */
public final class IndexerProcess {

    private IndexerProcess() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path folder = Path.of(args[0]);
        Path indexDir = Path.of(args[1]);
        int commitEvery = Integer.parseInt(args[2]);
        long pause = Long.parseLong(args[3]);
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        try (FactIndex index = FactIndex.open(indexDir, commitEvery)) {
            for (Path file : files) {
                String docId = file.getFileName().toString().replace(".jsonl", "");
                List<Fact> facts = new ArrayList<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        facts.add(StoredFact.fromJson(line));
                    }
                }
                index.index(docId, facts);
                System.out.println("indexed " + docId);
                System.out.flush();
                if (pause > 0) {
                    Thread.sleep(pause);
                }
            }
        }
        System.out.println("done");
    }
}
