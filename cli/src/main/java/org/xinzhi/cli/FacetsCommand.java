package org.xinzhi.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.xinzhi.index.FactIndex;
import org.xinzhi.index.FactQuery;
import org.xinzhi.index.FactQueryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xinzhi facets}: count facts per value of a field. */
@Command(name = "facets", mixinStandardHelpOptions = true,
        description = {"Counts the facts per value of FIELD (subject, subject_type, predicate, value_type, unit,",
            "qualifier, year), over every fact or over those matching QUERY; largest counts first.",
            "Exit code: 0 done, 2 unknown field, malformed query or usage error."})
final class FacetsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--index", required = true, paramLabel = "DIR", description = "The index folder.")
    Path indexDir;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N values (default ${DEFAULT-VALUE}).")
    int limit;

    @Parameters(index = "0", paramLabel = "FIELD", description = "The field to count by.")
    String field;

    @Parameters(index = "1..*", paramLabel = "QUERY", arity = "0..*", description = "Only facts matching this query.")
    List<String> words = List.of();

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        FactQuery query = FactQuery.builder().query(String.join(" ", words)).limit(limit).build();
        try (FactIndex index = FactIndex.openReadOnly(indexDir)) {
            FactTables.printFacets(spec.commandLine().getOut(), field, index.facets(field, query));
            String comparison = index.comparison(query);
            if (comparison != null) {
                spec.commandLine().getErr().println("compared: " + comparison);
                spec.commandLine().getErr().flush();
            }
            return 0;
        } catch (FactQueryException | IllegalArgumentException | java.io.IOException e) {
            spec.commandLine().getErr().println("xinzhi facets: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
    }
}
