package org.xinzhi.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.xinzhi.Extractor;
import org.xinzhi.index.FactHit;
import org.xinzhi.index.FactIndex;
import org.xinzhi.index.FactQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code xinzhi demo}: the main job end to end on the sample news — extract, write JSON Lines,
 * index, and answer a few questions as tables.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Extracts the news in CORPUS (default corpus/news), writes WORK/jsonl/<doc>.jsonl, indexes the",
            "facts in WORK/index and prints the answers to a few example queries as tables."})
final class DemoCommand implements Callable<Integer> {

    /** The questions the demo asks: a title and a query in the index's query syntax. */
    static final List<String[]> QUESTIONS = List.of(
            new String[] {"Money above 100亿元 in any currency (converted to CNY), largest first", "value_cny:[100亿元 TO *]", "VALUE_CNY_DESC"},
            new String[] {"Facts about 临港 (simplified query)", "subject:临港", "RELEVANCE"},
            new String[] {"Facts about 臨港 (traditional query: the same facts)", "subject:臨港", "RELEVANCE"},
            new String[] {"Growth rates", "value_type:PERCENT AND (predicate:增长 OR predicate:增速)", "VALUE_DESC"});

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Folder of .txt news (default: corpus/news).")
    Path corpus;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "xinzhi-demo",
            description = "Where the JSON Lines and the index go (default ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Rows per table (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path news = corpus != null ? corpus : defaultCorpus();
        if (news == null || !Files.isDirectory(news)) {
            err.println("xinzhi demo: no corpus folder " + (news == null ? "corpus/news" : news) + "; give one with --corpus DIR");
            err.flush();
            return 2;
        }
        Path jsonl = Files.createDirectories(work.resolve("jsonl"));
        Path indexDir = work.resolve("index");
        out.println("Corpus: " + news);
        out.println("JSON Lines: " + jsonl);
        out.println("Index: " + indexDir);
        out.flush();

        Extractor extractor = Extractor.builder().build();
        try (FactIndex index = FactIndex.open(indexDir)) {
            FolderIndexer.Result r = new FolderIndexer(extractor, 1, jsonl).run(List.of(news), index, "demo", err);
            out.println();
            out.println(r.documents() + " documents, " + r.facts() + " facts extracted; " + r.skipped() + " skipped; the index holds "
                    + index.size() + " facts.");
            for (String[] q : QUESTIONS) {
                FactQuery query = FactQuery.builder().query(q[1]).limit(limit).sort(FactQuery.Sort.valueOf(q[2])).build();
                List<FactHit> hits = index.search(query);
                out.println();
                out.println("== " + q[0] + ": " + hits.size() + " of " + index.count(query) + " facts");
                out.println("   xinzhi query --index " + indexDir + (q[2].equals("RELEVANCE") ? "" : " --sort " + q[2]) + " '" + q[1] + "'");
                String comparison = index.comparison(query);
                if (comparison != null) {
                    out.println("   compared: " + comparison);
                }
                FactTables.printHits(out, hits, false);
            }
            out.println();
            out.println("== Facts per subject");
            out.println("   xinzhi facets --index " + indexDir + " subject");
            FactTables.printFacets(out, "subject", index.facets("subject", FactQuery.builder().limit(limit).build()));
        }
        out.flush();
        return 0;
    }

    /** corpus/news under the working folder or under the repository root the build ran in. */
    private static Path defaultCorpus() {
        Path here = Path.of("corpus", "news");
        if (Files.isDirectory(here)) {
            return here;
        }
        String root = System.getProperty("xinzhi.root");
        return root == null ? null : Path.of(root, "corpus", "news");
    }
}
