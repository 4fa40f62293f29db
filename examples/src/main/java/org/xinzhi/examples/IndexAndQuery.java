package org.xinzhi.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.xinzhi.Document;
import org.xinzhi.Extraction;
import org.xinzhi.Extractor;
import org.xinzhi.index.FacetCount;
import org.xinzhi.index.FactHit;
import org.xinzhi.index.FactIndex;
import org.xinzhi.index.FactQuery;
import org.xinzhi.json.Json;

/**
 * Builds a fact index from a folder of .txt news and queries it: a query string (traditional
 * characters work on simplified text), then the facts per subject.
 *
 * <pre>java -cp xinzhi.jar org.xinzhi.examples.IndexAndQuery corpus/news /tmp/facts 'subject:臨港'</pre>
 */
public final class IndexAndQuery {

    private IndexAndQuery() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: IndexAndQuery NEWS_FOLDER INDEX_FOLDER [QUERY]");
            System.exit(2);
        }
        run(Path.of(args[0]), Path.of(args[1]), args.length > 2 ? args[2] : "value_type:MONEY AND value:[1亿 TO *]", System.out);
    }

    /** Indexes every .txt in {@code news}, runs {@code query}; returns the hits. */
    public static List<FactHit> run(Path news, Path indexDir, String query, PrintStream out) throws IOException {
        Extractor extractor = Extractor.builder().build();
        List<Path> files;
        try (Stream<Path> s = Files.list(news)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        try (FactIndex index = FactIndex.open(indexDir)) {
            int facts = 0;
            for (Path f : files) {
                Extraction e = extractor.extract(Document.of(Json.docIdOf(f), Files.readString(f, StandardCharsets.UTF_8)));
                index.index(e); // replaces this document's facts if it was indexed before
                facts += e.facts().size();
            }
            index.commit();
            out.println("indexed " + files.size() + " documents, " + facts + " facts");

            List<FactHit> hits = index.search(FactQuery.builder().query(query).sort(FactQuery.Sort.VALUE_DESC).limit(10).build());
            out.println("query: " + query + " -> " + hits.size() + " facts");
            for (FactHit h : hits) {
                out.println("  " + h.fact().subject().name() + " | " + h.fact().predicate() + " | " + h.fact().value().text()
                        + " | " + h.docId());
            }
            out.println("facts per subject:");
            for (FacetCount c : index.facets("subject")) {
                out.println("  " + c.value() + " " + c.count());
            }
            out.flush();
            return hits;
        }
    }
}
