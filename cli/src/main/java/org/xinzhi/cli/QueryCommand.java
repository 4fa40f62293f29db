package org.xinzhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.xinzhi.index.FactHit;
import org.xinzhi.index.FactIndex;
import org.xinzhi.index.FactQuery;
import org.xinzhi.index.FactQueryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xinzhi query}: search the fact index. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Searches a fact index with a query in Lucene's syntax over the index fields, e.g.",
            "  subject:临港 AND value:[100亿 TO *] AND year:2024",
            "  value_type:PERCENT AND predicate:增长",
            "Simplified and traditional characters find the same facts. Fields and syntax: docs/index.md.",
            "A bound with a currency or % (100亿元, 5億港元, 15%) keeps to that currency or to percentages;",
            "value_cny:[…] compares money of every currency in CNY (dated table); stderr says which comparison was made.",
            "Exit code: 0 done, 2 malformed query, unknown field, missing index or usage error."})
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--index", required = true, paramLabel = "DIR", description = "The index folder.")
    Path indexDir;

    @Option(names = "--json", description = "One JSON object per hit instead of a table.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N hits (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "RELEVANCE",
            description = "RELEVANCE, VALUE_DESC, VALUE_ASC, YEAR_DESC, YEAR_ASC or SUBJECT (default ${DEFAULT-VALUE}).")
    FactQuery.Sort sort;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query (several words are joined with spaces).")
    List<String> words;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String query = String.join(" ", words);
        try (FactIndex index = FactIndex.openReadOnly(indexDir)) {
            FactQuery q = FactQuery.builder().query(query).limit(limit).sort(sort).build();
            List<FactHit> hits = index.search(q);
            FactTables.printHits(out, hits, json);
            if (!json) {
                err.println(hits.size() + " of " + index.count(FactQuery.parse(query)) + " matching facts");
                String comparison = index.comparison(q);
                if (comparison != null) {
                    err.println("compared: " + comparison);
                }
                err.flush();
            }
            return 0;
        } catch (FactQueryException e) {
            err.println("xinzhi query: " + e.getMessage());
            err.flush();
            return 2;
        } catch (java.io.IOException e) {
            err.println("xinzhi query: cannot open index " + indexDir + ": " + e.getMessage().replace(" at " + indexDir, ""));
            err.flush();
            return 2;
        }
    }
}
