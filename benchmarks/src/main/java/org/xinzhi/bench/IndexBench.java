package org.xinzhi.bench;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.xinzhi.Extractor;

/** Indexing rate and query latency on the fact index. */
final class IndexBench {
    private IndexBench() {
    }

    static void run(BenchmarkTable.Options o, Path root, Extractor extractor, Consumer<String> line, Consumer<String> progress) {
        line.accept("### Fact index");
        line.accept("");
        line.accept("Not measured: org.xinzhi.index.FactIndex is not on this build yet.");
        line.accept("");
    }
}
